import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { securityTxt } from '@/lib/security/security-txt';

describe('security.txt', () => {
  const now = new Date('2026-12-07T10:00:00Z');

  it('names the sender address as contact by default, expires within a year, and is canonical on APP_URL', () => {
    const text = securityTxt(parseEnv({ APP_URL: 'https://leernetwerk.example.nl' }), now);
    expect(text).toBe(
      'Contact: mailto:leernetwerk@wijkwijzer.org\nExpires: 2027-06-07T00:00:00Z\nPreferred-Languages: nl, en\nCanonical: https://leernetwerk.example.nl/.well-known/security.txt\n',
    );
  });

  it('takes SECURITY_CONTACT when it is set, and refuses one that is not an address', () => {
    expect(securityTxt(parseEnv({ SECURITY_CONTACT: 'https://gemeente.example.nl/kwetsbaarheid-melden' }), now)).toContain('Contact: https://gemeente.example.nl/kwetsbaarheid-melden\n');
    expect(() => parseEnv({ SECURITY_CONTACT: 'security at example' })).toThrow(/SECURITY_CONTACT is not valid/);
  });
});

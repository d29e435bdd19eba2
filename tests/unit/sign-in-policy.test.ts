// The pure parts of the sign-in defences: the wait schedule (decision 0065) and the cookie names and
// flags that follow APP_URL (0066).
import { describe, expect, it } from 'vitest';
import { sessionCookies } from '@/lib/auth/session-cookies';
import { MAX_WAIT_SECONDS, waitSeconds } from '@/lib/auth/sign-in-throttle';
import { openTotpSecret, sealTotpSecret, totpKey } from '@/lib/auth/totp-secret-box';
import { RATE_LIMITS } from '@/lib/security/rate-limits';

describe('the wait after failed sign-ins', () => {
  it('is nothing for the free attempts, then doubles up to a quarter of an hour, never more', () => {
    const free = RATE_LIMITS.signInAccount.limit;
    expect(waitSeconds('account', free - 1)).toBe(0);
    expect([free, free + 1, free + 2, free + 3].map((failures) => waitSeconds('account', failures))).toEqual([30, 60, 120, 240]);
    expect(waitSeconds('account', free + 100)).toBe(MAX_WAIT_SECONDS);
    expect(MAX_WAIT_SECONDS).toBe(15 * 60);
    expect(waitSeconds('ip', RATE_LIMITS.signInIp.limit - 1)).toBe(0);
    expect(waitSeconds('ip', RATE_LIMITS.signInIp.limit)).toBe(60);
  });
});

describe('session cookies', () => {
  it('are __Host- prefixed and Secure when APP_URL is https', () => {
    const cookies = sessionCookies('https://leernetwerk.example.nl');
    for (const cookie of Object.values(cookies)) {
      expect(cookie.name).toMatch(/^__Host-next-auth\./);
      expect(cookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
      expect(cookie.options).not.toHaveProperty('domain');
    }
  });

  it('have no prefix and no Secure over plain http, so local use keeps working', () => {
    const cookies = sessionCookies('http://localhost:3000');
    expect(cookies.sessionToken.name).toBe('next-auth.session-token');
    expect(Object.values(cookies).every((cookie) => cookie.options.secure === false)).toBe(true);
  });
});

describe('sealed TOTP secrets', () => {
  it('open only with the same key and the same account', () => {
    const key = totpKey('k'.repeat(40));
    const sealed = sealTotpSecret('JBSWY3DPEHPK3PXP', 'account-1', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toBe(sealTotpSecret('JBSWY3DPEHPK3PXP', 'account-1', key));
    expect(openTotpSecret(sealed, 'account-1', key)).toBe('JBSWY3DPEHPK3PXP');
    expect(openTotpSecret(sealed, 'account-2', key)).toBeNull();
    expect(openTotpSecret(sealed, 'account-1', totpKey('x'.repeat(40)))).toBeNull();
    const [version, iv, ciphertext, tag] = sealed.split('.');
    const tampered = `${ciphertext![0] === 'A' ? 'B' : 'A'}${ciphertext!.slice(1)}`;
    expect(openTotpSecret([version, iv, tampered, tag].join('.'), 'account-1', key)).toBeNull();
    // A secret stored before encryption still opens (it is sealed at the next start).
    expect(openTotpSecret('JBSWY3DPEHPK3PXP', 'account-1', key)).toBe('JBSWY3DPEHPK3PXP');
  });
});

// Private links never show in the outbox: the links that give access are replaced by a note; the
// catalogue's public links and the team's own item links stay.
import { describe, expect, it } from 'vitest';
import { createToken } from '@/lib/security/create-token';
import { isPrivateLink, redactPrivateLinks } from '@/lib/email/redact-private-links';

const NOTE = '[link verstuurd]';
const token = createToken();

describe('redactPrivateLinks', () => {
  it.each([
    `https://leernetwerk.example/beheer/uitnodiging/${token}`,
    `https://leernetwerk.example/en/beheer/uitnodiging/${token}`,
    `https://leernetwerk.example/leervraag/${token}`,
    `https://leernetwerk.example/leernetwerk-opzetten/plan/${token}/stap/1`,
    `https://leernetwerk.example/leernetwerk-opzetten/nieuw?route=full&leervraag=${token}`,
    `https://leernetwerk.example/aanbod/volgen/bevestigen/${token}`,
    `https://leernetwerk.example/en/aanbod/volgen/afmelden/${token}`,
    `https://leernetwerk.example/api/volgen/afmelden/${token}`,
    `https://leernetwerk.example/iets-nieuws/${'Ab1_'.repeat(11)}`,
  ])('hides %s', (url) => {
    expect(isPrivateLink(url)).toBe(true);
    const text = `Hallo Sanne,\n\nJe link: ${url}\n\nGroet`;
    const redacted = redactPrivateLinks(text, NOTE);
    expect(redacted).toBe(`Hallo Sanne,\n\nJe link: ${NOTE}\n\nGroet`);
  });

  it('hides a bare token too', () => {
    expect(redactPrivateLinks(`Je code is ${token}.`, NOTE)).toBe(`Je code is ${NOTE}.`);
  });

  it.each([
    'https://leernetwerk.example/aanbod/wsd-flevoland-almere-signaleren',
    'https://leernetwerk.example/aanbod?theme=poverty&province=utrecht',
    'https://leernetwerk.example/leervraag',
    'https://leernetwerk.example/beheer/leervraag/3f0c1b5e-8a4d-4c1e-9f0a-2b7d6e5c4a31',
    'https://leernetwerk.example/beheer/account',
  ])('keeps %s', (url) => {
    expect(isPrivateLink(url)).toBe(false);
    expect(redactPrivateLinks(`Zie ${url} voor meer.`, NOTE)).toBe(`Zie ${url} voor meer.`);
  });
});

// /.well-known/security.txt (RFC 9116): where to report a vulnerability. The contact is
// SECURITY_CONTACT, or the address in MAIL_FROM; the file says it expires within half a year, so a
// copy found later is not trusted for ever.
import type { Env } from '@/lib/env';

const HALF_YEAR_MS = 182 * 24 * 3600_000;

export function securityContact(env: Pick<Env, 'SECURITY_CONTACT' | 'MAIL_FROM'>): string {
  if (env.SECURITY_CONTACT) return env.SECURITY_CONTACT;
  const address = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM.trim();
  return `mailto:${address}`;
}

export function securityTxt(env: Pick<Env, 'SECURITY_CONTACT' | 'MAIL_FROM' | 'appUrl'>, now = new Date()): string {
  const expires = new Date(Math.floor((now.getTime() + HALF_YEAR_MS) / 86_400_000) * 86_400_000);
  return [
    `Contact: ${securityContact(env)}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${env.appUrl}/.well-known/security.txt`,
    '',
  ].join('\n');
}

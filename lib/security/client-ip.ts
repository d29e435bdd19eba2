// The visitor's IP address, for per-IP rate limits. Next.js passes the socket address in
// X-Forwarded-For when the request has none. Behind reverse proxies, set TRUST_PROXY_HOPS to their
// number: the address is then taken that many entries from the right, where a client cannot forge it.
import { getEnv } from '@/lib/env';

export function clientIp(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return 'unknown';
  const hops = getEnv().TRUST_PROXY_HOPS;
  const index = hops > 0 ? Math.max(0, entries.length - hops) : 0;
  return entries[index]!.replace(/^::ffff:/, '');
}

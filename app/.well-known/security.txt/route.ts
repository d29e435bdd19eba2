import { getEnv } from '@/lib/env';
import { securityTxt } from '@/lib/security/security-txt';

/** GET /.well-known/security.txt: how to report a vulnerability (RFC 9116). */
export function GET() {
  return new Response(securityTxt(getEnv()), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
}

export const dynamic = 'force-dynamic';

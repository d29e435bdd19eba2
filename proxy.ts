// Runs before every request except Next.js's static files: picks the language from the URL
// (next-intl) for pages, and sets the security headers of lib/security-headers.ts on every response
// (pages, their 404s, the API).
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { responseSecurityHeaders, servesHttps, type PageScripts, type PolicyContext } from '@/lib/security-headers';
import { localisedPage } from '@/lib/i18n/localised-path';
import { isStaticPage, prerenderedScriptHashes } from '@/lib/static-pages';

const handleI18nRouting = createMiddleware(routing);

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function pageScripts(pathname: string, context: PolicyContext): Promise<PageScripts> {
  const { locale, page } = localisedPage(pathname);
  const hashes = !context.dev && isStaticPage(page) ? await prerenderedScriptHashes(locale, page) : undefined;
  return hashes ? { hashes } : { nonce: Buffer.from(crypto.randomUUID()).toString('base64') };
}

export default async function proxy(request: NextRequest) {
  const context: PolicyContext = { https: servesHttps(process.env.APP_URL), dev: process.env.NODE_ENV === 'development' };
  const { pathname } = request.nextUrl;
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    return withHeaders(NextResponse.next(), responseSecurityHeaders({ api: true }, context));
  }
  const scripts = await pageScripts(pathname, context);
  const headers = responseSecurityHeaders({ api: false, scripts }, context);
  if ('nonce' in scripts) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    request.headers.set('x-nonce', scripts.nonce);
    request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  }
  // Paths with a dot are files (or their 404 pages): no language routing.
  const response = /\.[^/]*$/.test(pathname) ? NextResponse.next({ request: { headers: request.headers } }) : handleI18nRouting(request);
  return withHeaders(response, headers);
}

export const config = {
  // Everything but Next.js's own build files, which next.config.ts gives the static headers.
  matcher: ['/((?!_next/static|_next/image).*)'],
};

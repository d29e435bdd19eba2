// Runs before every request except Next.js's build files: picks the language from the URL (next-intl)
// for pages, and sets the security headers of lib/security-headers.ts on every response (pages, their
// 404s, the API).
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { DOWNLOAD_CONTENT_SECURITY_POLICY, isFileDownloadPath, responseSecurityHeaders, servesHttps, type PageScripts, type PolicyContext } from '@/lib/security-headers';
import { localisedPage } from '@/lib/i18n/localised-path';
import { isStaticPage, NOT_FOUND_DOCUMENT, prerenderedScriptHashes, staticPageDocument } from '@/lib/static-pages';

const handleI18nRouting = createMiddleware(routing);

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

const hasFileExtension = (pathname: string) => /\.[^/]*$/.test(pathname);

async function pageScripts(pathname: string, context: PolicyContext): Promise<PageScripts> {
  const nonce = () => Buffer.from(crypto.randomUUID()).toString('base64');
  if (context.dev) return { nonce: nonce() };
  if (hasFileExtension(pathname)) {
    // A file, or its 404: rendered now (nonce) or the prerendered one (hashes).
    const hashes = await prerenderedScriptHashes(NOT_FOUND_DOCUMENT);
    return hashes ? { nonce: nonce(), hashes } : { nonce: nonce() };
  }
  const { locale, page } = localisedPage(pathname);
  const hashes = isStaticPage(page) ? await prerenderedScriptHashes(staticPageDocument(locale, page)) : undefined;
  return hashes ? { hashes } : { nonce: nonce() };
}

export default async function proxy(request: NextRequest) {
  const context: PolicyContext = { https: servesHttps(process.env.APP_URL), dev: process.env.NODE_ENV === 'development' };
  const { pathname } = request.nextUrl;
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    const headers = responseSecurityHeaders({ api: true }, context);
    if (isFileDownloadPath(pathname)) headers['Content-Security-Policy'] = DOWNLOAD_CONTENT_SECURITY_POLICY;
    return withHeaders(NextResponse.next(), headers);
  }
  const scripts = await pageScripts(pathname, context);
  const headers = responseSecurityHeaders({ api: false, scripts }, context);
  if (scripts.nonce) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    request.headers.set('x-nonce', scripts.nonce);
    request.headers.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  }
  // Paths with a dot are files (or their 404 pages): no language routing.
  const response = hasFileExtension(pathname) ? NextResponse.next({ request: { headers: request.headers } }) : handleI18nRouting(request);
  return withHeaders(response, headers);
}

export const config = {
  // Everything but Next.js's build files and image optimizer, which next.config.ts gives the static headers.
  matcher: ['/((?!_next/static|_next/image).*)'],
};

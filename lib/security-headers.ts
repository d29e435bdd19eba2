// Security headers, built in one place (decision 0085):
// - every response: STATIC_SECURITY_HEADERS (next.config.ts), plus HSTS when the portal is served
//   over https (proxy.ts, because APP_URL is known when the server starts, not when it is built);
// - pages rendered per request: a CSP with a fresh nonce (Next.js puts it on its own scripts);
// - pages prerendered at build time (the same for everyone, cacheable): a CSP with the hashes of
//   their inline scripts, since a nonce baked into a cached page would be no secret;
// - API responses: nothing may load or frame them.

export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Uploaded files served by the API (decision 0111): also sandboxed, should a browser render one. */
export const DOWNLOAD_CONTENT_SECURITY_POLICY = `${API_CONTENT_SECURITY_POLICY}; sandbox`;

/** The API paths that serve an uploaded file. */
export const isFileDownloadPath = (pathname: string) => /^\/api\/knowledge-products\/[^/]+\/file$/.test(pathname);

export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export interface PolicyContext {
  /** APP_URL is https: browsers may be told to use https only. Over plain http that breaks local use. */
  https: boolean;
  /** `next dev`: React needs eval for its error overlays. */
  dev: boolean;
}

/**
 * Which scripts a page may run: those carrying this request's nonce, inline scripts with these
 * hashes, or either (a 404 that may be rendered now or come prerendered from the build).
 */
export type PageScripts = { nonce: string; hashes?: undefined } | { nonce?: undefined; hashes: readonly string[] } | { nonce: string; hashes: readonly string[] };

export function servesHttps(appUrl: string | undefined): boolean {
  return appUrl?.toLowerCase().startsWith('https:') ?? false;
}

function scriptSource(scripts: PageScripts, dev: boolean): string {
  const evaluation = dev ? " 'unsafe-eval'" : '';
  const hashes = (scripts.hashes ?? []).map((hash) => ` '${hash}'`).join('');
  if (!scripts.hashes) return `script-src 'self' 'nonce-${scripts.nonce}' 'strict-dynamic'${evaluation}`;
  // No 'strict-dynamic' with hashes: a prerendered page's external scripts come from 'self' and carry no nonce.
  return `script-src 'self'${scripts.nonce ? ` 'nonce-${scripts.nonce}'` : ''}${hashes}${evaluation}`;
}

export function pageContentSecurityPolicy(scripts: PageScripts, context: PolicyContext): string {
  return [
    "default-src 'self'",
    scriptSource(scripts, context.dev),
    // Inline style attributes (React style props) are harmless here; scripts are what CSP guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(context.https && !context.dev ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The headers proxy.ts adds to a response, by kind of response. */
export function responseSecurityHeaders(kind: { api: true } | { api: false; scripts: PageScripts }, context: PolicyContext): Record<string, string> {
  const csp = kind.api ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(kind.scripts, context);
  return { 'Content-Security-Policy': csp, ...(context.https ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}) };
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hash sources (`sha256-…`) of every inline script in an HTML document. */
export async function inlineScriptHashes(html: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(match[1]!));
    hashes.add(`sha256-${Buffer.from(digest).toString('base64')}`);
  }
  return [...hashes];
}

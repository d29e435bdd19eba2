import { describe, expect, it } from 'vitest';
import { localisedPage, localisedPath } from '@/lib/i18n/localised-path';
import {
  API_CONTENT_SECURITY_POLICY,
  inlineScriptHashes,
  pageContentSecurityPolicy,
  responseSecurityHeaders,
  servesHttps,
} from '@/lib/security-headers';
import { isStaticPage } from '@/lib/static-pages';

const overHttp = { https: false, dev: false };
const overHttps = { https: true, dev: false };

function scriptSrc(csp: string): string {
  return csp.split('; ').find((directive) => directive.startsWith('script-src'))!;
}

describe('security headers', () => {
  it('knows https from APP_URL only', () => {
    expect(servesHttps('https://leernetwerk.example.nl')).toBe(true);
    expect(servesHttps('HTTPS://leernetwerk.example.nl')).toBe(true);
    expect(servesHttps('http://localhost:3000')).toBe(false);
    expect(servesHttps(undefined)).toBe(false);
  });

  it('asks for https (HSTS, upgrade-insecure-requests) only when the portal is served over https', () => {
    const page = { api: false as const, scripts: { nonce: 'abc' } };
    const plain = responseSecurityHeaders(page, overHttp);
    expect(plain['Strict-Transport-Security']).toBeUndefined();
    expect(plain['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');

    const secure = responseSecurityHeaders(page, overHttps);
    expect(secure['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    expect(responseSecurityHeaders({ api: true }, overHttps)['Strict-Transport-Security']).toBeDefined();
  });

  it('lets nothing load or frame an API response', () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(responseSecurityHeaders({ api: true }, overHttp)['Content-Security-Policy']).toBe(API_CONTENT_SECURITY_POLICY);
  });

  it('allows a rendered page the scripts with its nonce, a prerendered page its inline scripts by hash, never any inline script', () => {
    const withNonce = scriptSrc(pageContentSecurityPolicy({ nonce: 'bm9uY2U=' }, overHttp));
    expect(withNonce).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    const withHashes = scriptSrc(pageContentSecurityPolicy({ hashes: ['sha256-a', 'sha256-b'] }, overHttp));
    expect(withHashes).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    const either = scriptSrc(pageContentSecurityPolicy({ nonce: 'bm9uY2U=', hashes: ['sha256-a'] }, overHttp));
    expect(either).toBe("script-src 'self' 'nonce-bm9uY2U=' 'sha256-a'");
    for (const directive of [withNonce, withHashes, either]) expect(directive).not.toContain('unsafe');
    expect(pageContentSecurityPolicy({ nonce: 'x' }, overHttp)).toContain("frame-ancestors 'none'");
    expect(scriptSrc(pageContentSecurityPolicy({ nonce: 'x' }, { https: false, dev: true }))).toContain("'unsafe-eval'");
  });

  it('hashes the inline scripts of a document, not the external ones', async () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>' +
      '<script>self.__next_f.push([1])</script><script type="application/ld+json">{}</script>' +
      '<script>self.__next_f.push([1])</script></body></html>';
    const hashes = await inlineScriptHashes(html);
    // the base64 SHA-256 of `self.__next_f.push([1])`
    expect(hashes).toContain('sha256-F8A7wEM/CBx+3vieKcubbMfWdgsy54B5PdWeRfp3zYU=');
    expect(hashes).toHaveLength(2); // the repeated script once, the JSON-LD block, not the external file
  });

  it('finds the page and language of a path, and builds the path back', () => {
    expect(localisedPage('/')).toEqual({ locale: 'nl', page: '/' });
    expect(localisedPage('/leervraag/')).toEqual({ locale: 'nl', page: '/leervraag' });
    expect(localisedPage('/en')).toEqual({ locale: 'en', page: '/' });
    expect(localisedPage('/en/aanbod/aanmelden')).toEqual({ locale: 'en', page: '/aanbod/aanmelden' });
    expect(localisedPath('/', 'en')).toBe('/en');
    expect(localisedPath('/aanbod', 'en')).toBe('/en/aanbod');
    expect(localisedPath('/aanbod', 'nl')).toBe('/aanbod');
    expect(isStaticPage('/leernetwerk-opzetten')).toBe(true);
    expect(isStaticPage('/aanbod')).toBe(false);
  });
});


// Security headers on every kind of response: pages rendered per request (nonce CSP), pages
// prerendered for everyone (hash CSP, cacheable), 404s of paths with a dot, and the API. The test
// server runs over plain http, so no HSTS and no upgrade-insecure-requests (lib/security-headers.ts
// has the https case in tests/unit/security-headers.test.ts).
import { createHash } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { collectCspErrors } from './support/accessibility';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

function expectCommonHeaders(response: APIResponse) {
  expect(response.headers()).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(response.headers()['x-powered-by']).toBeUndefined();
  // Over http: telling the browser to use https would break the portal (http APP_URL in the tests).
  expect(response.headers()['strict-transport-security']).toBeUndefined();
  expect(response.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

test('pages rendered per request carry a fresh nonce-based CSP', async ({ request }) => {
  const first = await request.get('/aanbod');
  const second = await request.get('/aanbod');
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()['content-security-policy']).not.toBe(csp); // a fresh nonce per request
  expectCommonHeaders(first);
  const html = await first.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(html).toContain(`nonce="${nonce}"`);
});

for (const path of ['/', '/en/privacy', '/leernetwerk-opzetten']) {
  test(`${path} is prerendered, cacheable, and allows exactly its own inline scripts by hash`, async ({ request }) => {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy']!;
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain('nonce-');
    expect(scriptSrc).not.toContain('unsafe-inline');
    expectCommonHeaders(response);
    // No no-store: the back/forward cache and shared caches may keep it.
    expect(response.headers()['cache-control']).not.toContain('no-store');
    expect((await request.get(path)).headers()['content-security-policy']).toBe(csp);
    const scripts = inlineScripts(await response.text());
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    }
  });
}

test('a prerendered page runs its scripts without a CSP error and survives back/forward', async ({ page }) => {
  const cspErrors = collectCspErrors(page);
  await page.goto('/leernetwerk-opzetten');
  // The menu is a client component: its link is followed by the router only after hydration.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' }).click();
  await expect(page).toHaveURL(/\/aanbod$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(cspErrors).toEqual([]);
});

test('the API carries the security headers and a CSP that allows nothing', async ({ request }) => {
  for (const path of ['/api/health', '/api/bestaat-niet', '/api/offerings.csv?pageSize=1']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(API_CSP);
    expectCommonHeaders(response);
  }
});

for (const path of ['/bestaat-niet.html', '/aanbod/bestaat-niet.html']) {
  test(`the 404 of ${path} (a path with a dot) has a page CSP that allows its own scripts`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const csp = response.headers()['content-security-policy']!;
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expectCommonHeaders(response);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await response.text();
    // Rendered now, its scripts carry the nonce; prerendered, its inline scripts are listed by hash.
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      const allowed = match[1]!.includes(`nonce="${nonce}"`) || scriptSrc.includes(`'sha256-${createHash('sha256').update(match[2]!).digest('base64')}'`);
      expect(allowed, match[2]!.slice(0, 80)).toBe(true);
    }
  });
}

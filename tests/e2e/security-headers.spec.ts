// Security headers on pages and on the API.
import { expect, test } from '@playwright/test';

test('pages carry a nonce-based CSP and the other security headers', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const csp = first.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()['content-security-policy']).not.toBe(csp); // a fresh nonce per request
  expect(first.headers()).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  expect(first.headers()['x-powered-by']).toBeUndefined();
  const html = await first.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(html).toContain(`nonce="${nonce}"`);
});

test('the API carries the security headers too', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
});

// The request gate's rules, and proof from the route tree that every state-changing route handler
// passes through it (so a new route cannot forget the origin check or the body limit).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJsonContentType } from '@/lib/http/read-json-body';
import { clientAddressOf } from '@/lib/security/client-ip';
import { crossSiteRefusal } from '@/lib/security/same-origin';

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === 'route.ts' ? [full] : [];
  });
}

const GATED = /export const (POST|PUT|PATCH|DELETE) = (jsonRoute|guardedRoute|submissionRoute)\b/g;
const ANY_WRITE = /export\s+(?:async\s+)?(?:const|function)\s+(POST|PUT|PATCH|DELETE)\b|as (POST|PUT|PATCH|DELETE)\b/g;

describe('every state-changing route handler', () => {
  const files = routeFiles(path.resolve('app/api'));

  it.each(files.map((file) => [path.relative(process.cwd(), file)]))('%s passes through the request gate', (file) => {
    const source = fs.readFileSync(file, 'utf8');
    const writes = [...source.matchAll(ANY_WRITE)].map((match) => match[1] ?? match[2]);
    const gated = [...source.matchAll(GATED)].map((match) => match[1]);
    expect(gated.sort()).toEqual(writes.sort());
  });

  it('reads (GET) through readRoute, which answers 503 while the database is down; /api/health answers for itself', () => {
    const ungated = files
      .filter((file) => /export\s+(?:async\s+)?function\s+GET\b|export const GET = (?!readRoute\b)|as GET\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(process.cwd(), file));
    // next-auth's own handler answers its GETs (sign-in pages, session) and catches its errors itself.
    expect(ungated.sort()).toEqual(['app/api/auth/[...nextauth]/route.ts', 'app/api/health/route.ts']);
  });

  it('is closed to other sites, except the documented open API POST /api/match', () => {
    const open = files.filter((file) => /openApi:\s*true/.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(process.cwd(), file));
    expect(open).toEqual(['app/api/match/route.ts']);
  });
});

describe('cross-site requests', () => {
  const check = (headers: Record<string, string>) => crossSiteRefusal(new Headers(headers), 'http://localhost:3000/api/contact', 'https://leernetwerk.example.nl');

  it('refuses what a page of another site sends', () => {
    expect(check({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).toMatch(/cross-site/);
    expect(check({ 'sec-fetch-site': 'same-site', origin: 'https://sub.example.nl' })).toMatch(/same-site/);
    expect(check({ origin: 'https://evil.example' })).toMatch(/evil/);
    expect(check({ origin: 'null' })).toMatch(/null/);
  });

  it('lets our own pages and clients that are not browsers through', () => {
    expect(check({ 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' })).toBeNull();
    expect(check({ origin: 'https://leernetwerk.example.nl' })).toBeNull();
    expect(check({ origin: 'http://localhost:3000', host: 'localhost:3000' })).toBeNull();
    expect(check({})).toBeNull();
  });
});

describe('content types of JSON routes', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['application/merge-patch+json', true],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
  ])('%s → %s', (type, allowed) => expect(isJsonContentType(type)).toBe(allowed));
});

describe('the client address', () => {
  it('is the connection without a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddressOf('::ffff:192.0.2.1', '203.0.113.9', 0)).toBe('192.0.2.1');
    expect(clientAddressOf('192.0.2.1', undefined, 0)).toBe('192.0.2.1');
  });

  it('is the entry the nearest trusted proxies wrote, counted from the right', () => {
    expect(clientAddressOf('10.0.0.2', '203.0.113.9, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(clientAddressOf('10.0.0.2', ['1.1.1.1, 198.51.100.4', '10.0.0.1'], 2)).toBe('198.51.100.4');
    // Fewer entries than proxies: the request did not come through them all.
    expect(clientAddressOf('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });
});

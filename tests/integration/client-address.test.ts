// The client address for per-IP limits comes from the connection (lib/http/app-server.ts), not from
// headers a client writes itself. Real HTTP over loopback, through the app's own server, to the real
// POST /api/contact route handler and PostgreSQL.
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST } from '@/app/api/contact/route';
import { createAppServer } from '@/lib/http/app-server';
import { MAX_BODY_BYTES } from '@/lib/http/read-json-body';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';
import { RATE_LIMITS } from '@/lib/security/rate-limits';

const original = process.env.DATABASE_URL;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
});

afterAll(() => {
  process.env.DATABASE_URL = original;
});

/** Stands in for Next.js's request handler: the route handler, given the request as Next.js would. */
async function contactRoute(request: IncomingMessage, response: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, [value].flat().join(', '));
  const answer = await POST(new Request(`http://localhost${request.url}`, { method: 'POST', headers, body: Buffer.concat(chunks) }));
  response.writeHead(answer.status, { 'content-type': 'application/json' });
  response.end(Buffer.from(await answer.arrayBuffer()));
}

async function withServer<T>(trustProxyHops: number, run: (url: string) => Promise<T>): Promise<T> {
  const server = createAppServer(contactRoute, trustProxyHops);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/contact`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Invalid messages still count against the limit (it comes before the check), and store nothing. */
async function send(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
  await response.arrayBuffer();
  return response.status;
}

const attempts = RATE_LIMITS.contactMessage.limit + 3;

describe('per-IP limits, with TRUST_PROXY_HOPS=0 (no proxy)', () => {
  it('count the connection, whatever X-Forwarded-For and the internal header claim', async () => {
    const statuses = await withServer(0, async (url) => {
      const seen: number[] = [];
      for (let attempt = 0; attempt < attempts; attempt++) {
        seen.push(await send(url, { 'X-Forwarded-For': `203.0.113.${attempt}`, [CLIENT_ADDRESS_HEADER]: `198.51.100.${attempt}` }));
      }
      return seen;
    });
    expect(statuses.slice(0, RATE_LIMITS.contactMessage.limit).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(RATE_LIMITS.contactMessage.limit)).toEqual([429, 429, 429]);
  });
});

describe('the app server', () => {
  it('refuses a declared body over 1 MB with 413 on every path, before the app reads it', async () => {
    let reached = false;
    const server = createAppServer(() => (reached = true), 0);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/contact`, { method: 'POST', headers: { 'Next-Action': 'x' }, body: 'x'.repeat(MAX_BODY_BYTES + 1) });
      expect(response.status).toBe(413);
      expect((await response.json()).error).toMatch(/1 MB/);
      expect(reached).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('per-IP limits, with TRUST_PROXY_HOPS=1 (one proxy)', () => {
  it('count the address the proxy wrote, not what the client put before it', async () => {
    const statuses = await withServer(1, async (url) => {
      const seen: number[] = [];
      for (let attempt = 0; attempt < attempts; attempt++) seen.push(await send(url, { 'X-Forwarded-For': `10.0.0.${attempt}, 192.0.2.77` }));
      // Another visitor behind the same proxy is not limited by the first.
      seen.push(await send(url, { 'X-Forwarded-For': '192.0.2.78' }));
      return seen;
    });
    expect(statuses.slice(RATE_LIMITS.contactMessage.limit, attempts)).toEqual([429, 429, 429]);
    expect(statuses.at(-1)).toBe(400);
  });
});

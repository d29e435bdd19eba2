// While PostgreSQL cannot be reached, the real route handlers answer 503 {"error"} quickly (not a
// hang, not a 500), /api/health says `unreachable`, and the app's client marks the error for the
// error page; once the database is back, the same handlers answer as usual (decision 0090).
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { POST as postContact } from '@/app/api/contact/route';
import { POST as postMatch } from '@/app/api/match/route';
import { GET as getOfferings } from '@/app/api/offerings/route';
import { GET as getThemes } from '@/app/api/themes/route';
import { db } from '@/lib/db/client';
import { DATABASE_UNAVAILABLE_DIGEST, databaseRecentlyUnavailable, forgetDatabaseOutage } from '@/lib/db/database-unavailable';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const original = process.env.DATABASE_URL;
let closedUrl: string;

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  closedUrl = `postgresql://postgres:postgres@127.0.0.1:${await closedPort()}/wijkwijzer`;
});

afterAll(() => {
  process.env.DATABASE_URL = original;
  forgetDatabaseOutage();
});

const contact = { name: 'Mila de Boer', email: 'mila@example.nl', subject: 'Storing', message: 'Komt dit bericht aan terwijl de database weg is?' };

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/contact', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: `198.51.100.${Math.floor(Math.random() * 200)}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe('while the database cannot be reached', () => {
  beforeAll(() => {
    process.env.DATABASE_URL = closedUrl;
    forgetDatabaseOutage();
  });

  it('a submission answers 503 with a readable error, in the language asked for, within seconds', async () => {
    const started = Date.now();
    const response = await postContact(post(contact, { 'accept-language': 'nl', 'idempotency-key': `outage-${Date.now()}` }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('10');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/database is even niet bereikbaar/);
    expect(JSON.stringify(body)).not.toMatch(/at |ECONNREFUSED|prisma/i);
    expect(databaseRecentlyUnavailable()).toBe(true);
  });

  it('reading routes answer 503 too, in both languages when none is asked for', async () => {
    for (const response of [await getOfferings(new Request('http://localhost/api/offerings?q=armoede')), await getThemes()]) {
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toMatch(/niet bereikbaar.*\/ The database cannot be reached/);
    }
  });

  it('the open API answers 503', async () => {
    const response = await postMatch(new Request('http://localhost/api/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'light', answers: {} }) }));
    expect(response.status).toBe(503);
  });

  it('/api/health says the database is unreachable', async () => {
    const response = await health();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', db: 'unreachable' });
  });

  it("the app's client gives the error the digest the error page shows the outage text for", async () => {
    const error = (await db().theme.findMany().catch((caught: unknown) => caught)) as { digest?: string };
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    const inTransaction = (await db().$transaction(async (tx) => tx.theme.count()).catch((caught: unknown) => caught)) as { digest?: string };
    expect(inTransaction.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });
});

describe('once the database is back', () => {
  beforeAll(() => {
    process.env.DATABASE_URL = inject('databaseUrl');
  });

  it('the same handlers answer as usual', async () => {
    expect((await health()).status).toBe(200);
    const response = await postContact(post(contact, { 'idempotency-key': `back-${Date.now()}` }));
    expect(response.status).toBe(201);
    expect((await getOfferings(new Request('http://localhost/api/offerings'))).status).toBe(200);
  });

  it('an ordinary fault is not mistaken for an outage', async () => {
    const error = (await db().$queryRawUnsafe('SELEC 1').catch((caught: unknown) => caught)) as { digest?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.digest).toBeUndefined();
  });
});

// Which errors mean "the database cannot be reached" (503) and which are ordinary faults (500), and
// the app server's rewrite of a page's 500 into 503 during an outage (decision 0090).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATABASE_UNAVAILABLE_DIGEST,
  databaseRecentlyUnavailable,
  forgetDatabaseOutage,
  isDatabaseUnavailable,
  markIfDatabaseUnavailable,
} from '@/lib/db/database-unavailable';
import { answerOutageAs503 } from '@/lib/http/app-server';

function withProps(message: string, props: Record<string, unknown>): Error {
  return Object.assign(new Error(message), props);
}

afterEach(() => forgetDatabaseOutage());

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma P1001 (cannot reach the server)', withProps("Can't reach database server at 127.0.0.1:1", { code: 'P1001' })],
    ['Prisma P2024 (no connection from the pool in time)', withProps('Timed out fetching a new connection from the connection pool.', { code: 'P2024' })],
    [
      'the adapter error Prisma keeps in meta (a raw query, P2010)',
      withProps('Raw query failed.', { code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 } } } }),
    ],
    ['a closed connection from the adapter', withProps('x', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } })],
    ['node-postgres refused by the socket', withProps('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' })],
    ['a reset connection, wrapped as cause', new Error('query failed', { cause: withProps('read ECONNRESET', { code: 'ECONNRESET' }) })],
    ['the pool waiting too long for a connection', new Error('timeout exceeded when trying to connect')],
    ['the server going away under a query', new Error('Connection terminated unexpectedly')],
    ['a pooled client whose connection broke (as Prisma passes it on)', withProps('Client has encountered a connection error and is not queryable', { clientVersion: '7.10.1' })],
    ['PostgreSQL shut down by its administrator (57P01)', withProps('terminating connection due to administrator command', { code: '57P01', severity: 'FATAL' })],
    ['PostgreSQL still starting (57P03)', withProps('the database system is starting up', { code: '57P03', severity: 'FATAL' })],
    ['a connection exception (08006)', withProps('connection failure', { code: '08006' })],
    ['too many connections (53300)', withProps('sorry, too many clients already', { code: '53300' })],
    ['the client that could not start', withProps('cannot start', { name: 'PrismaClientInitializationError' })],
    ['one of several errors', new AggregateError([new Error('other'), withProps('connect ECONNREFUSED ::1:5432', { code: 'ECONNREFUSED' })])],
  ])('%s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique constraint (P2002)', withProps('Unique constraint failed on the fields: (`slug`)', { code: 'P2002' })],
    ['a record that is not there (P2025)', withProps('No record was found for an update.', { code: 'P2025' })],
    ['a syntax error in SQL (42601)', withProps('syntax error at or near "SELEC"', { code: '42601', severity: 'ERROR' })],
    ['a serialisation failure (40001)', withProps('could not serialize access', { code: '40001' })],
    ['an ordinary programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'P1001'],
    ['nothing', undefined],
  ])('not for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('odd') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('markIfDatabaseUnavailable', () => {
  it('gives an outage error the digest the error page looks for, and remembers when', () => {
    const error = withProps("Can't reach database server", { code: 'P1001' }) as Error & { digest?: string };
    expect(databaseRecentlyUnavailable()).toBe(false);
    expect(markIfDatabaseUnavailable(error, 1_000_000)).toBe(true);
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(databaseRecentlyUnavailable(5000, 1_004_000)).toBe(true);
    expect(databaseRecentlyUnavailable(5000, 1_006_000)).toBe(false);
  });

  it('leaves other errors alone', () => {
    const error = withProps('Unique constraint failed', { code: 'P2002' }) as Error & { digest?: string };
    expect(markIfDatabaseUnavailable(error)).toBe(false);
    expect(error.digest).toBeUndefined();
    expect(databaseRecentlyUnavailable()).toBe(false);
  });
});

describe('a page that fails during an outage', () => {
  async function statusOf(fault: 'outage' | 'bug'): Promise<{ status: number; retryAfter: string | null }> {
    const server = http.createServer((request, response) => {
      answerOutageAs503(response);
      if (fault === 'outage') markIfDatabaseUnavailable(withProps('connect ECONNREFUSED', { code: 'ECONNREFUSED' }));
      response.statusCode = 500;
      response.end('<h1>De website is even niet beschikbaar</h1>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await response.text();
      return { status: response.status, retryAfter: response.headers.get('retry-after') };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('goes out as 503 with Retry-After', async () => {
    expect(await statusOf('outage')).toEqual({ status: 503, retryAfter: '10' });
  });

  it('stays 500 for any other fault', async () => {
    expect(await statusOf('bug')).toEqual({ status: 500, retryAfter: null });
  });
});

// The Prisma client, one per process, on the node-postgres driver adapter.
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { UserFacingError } from '@/lib/errors';
import { markIfDatabaseUnavailable } from '@/lib/db/database-unavailable';

export type Db = PrismaClient;

/** A request waits at most this long for a connection: during an outage it answers 503 quickly. */
export const CONNECTION_TIMEOUT_MS = 5000;

export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/**
 * The app's client marks every error that says the database cannot be reached (decision 0090): the
 * error page then shows the outage text and the response goes out as 503.
 */
function markingOutages(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          markIfDatabaseUnavailable(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
  // A transaction that cannot even begin fails outside the operations above.
  return new Proxy(extended, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== '$transaction' || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: unknown) => {
          markIfDatabaseUnavailable(error);
          throw error;
        });
    },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaUrl?: string };

/**
 * The shared client for the running app. The start scripts always set DATABASE_URL (to the
 * embedded server when the user did not), so the app itself never starts a database.
 */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new UserFacingError('DATABASE_URL is not set; start the app with `npm start` or `npm run dev`, which provide the database.');
  }
  if (!globalForPrisma.prisma || globalForPrisma.prismaUrl !== url) {
    globalForPrisma.prisma = markingOutages(createPrismaClient(url));
    globalForPrisma.prismaUrl = url;
  }
  return globalForPrisma.prisma;
}

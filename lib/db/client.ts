// The Prisma client, one per process, on the node-postgres driver adapter.
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { UserFacingError } from '@/lib/errors';

export type Db = PrismaClient;

export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  return new PrismaClient({ adapter });
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
    globalForPrisma.prisma = createPrismaClient(url);
    globalForPrisma.prismaUrl = url;
  }
  return globalForPrisma.prisma;
}

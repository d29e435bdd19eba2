// A real PostgreSQL for the tests: the server in TEST_DATABASE_URL or DATABASE_URL when set,
// otherwise an embedded one in DATA_DIR/test-postgres (apart from the app's own data). Every run
// works in databases of its own, created here and dropped afterwards.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { embeddedUrl, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { checkReachable } from '@/lib/db/open-database';
import { migrate } from '@/lib/db/migrate';
import { createPrismaClient } from '@/lib/db/client';
import { seedCatalogue, seedMeetings, seedReferenceData } from '@/lib/seed/seed-database';

export interface TestServer {
  /** URL of the server's maintenance database, for creating and dropping test databases. */
  adminUrl: string;
  description: string;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) {
    await checkReachable(external, 'start it, or unset TEST_DATABASE_URL and DATABASE_URL to test on the embedded PostgreSQL.');
    return { adminUrl: external, description: `PostgreSQL at ${new URL(external).host}`, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: path.resolve(process.env.DATA_DIR ?? '.data', 'test-postgres') });
  return { adminUrl: embeddedUrl(server.port, 'postgres'), description: `embedded PostgreSQL (port ${server.port})`, stop: () => server.stop() };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createDatabase(adminUrl: string, prefix = 'ww_test'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A new database with every migration applied and, unless told otherwise, the seed data loaded. */
export async function createMigratedDatabase(adminUrl: string, options: { seed?: 'none' | 'reference' | 'all' } = {}): Promise<string> {
  const url = await createDatabase(adminUrl);
  await migrate(url);
  const seed = options.seed ?? 'all';
  if (seed !== 'none') {
    const prisma = createPrismaClient(url);
    try {
      await seedReferenceData(prisma);
      if (seed === 'all') {
        await seedCatalogue(prisma);
        await seedMeetings(prisma);
      }
    } finally {
      await prisma.$disconnect();
    }
  }
  return url;
}

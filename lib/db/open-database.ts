// Where the database is: the server in DATABASE_URL, or the embedded PostgreSQL (started here, or
// already running for another process). Used by every command-line entry point.
import 'server-only';
import path from 'node:path';
import pg from 'pg';
import type { Env } from '@/lib/env';
import { UserFacingError } from '@/lib/errors';
import { embeddedUrl, ensureEmbeddedDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'wijkwijzer';

export interface OpenDatabase {
  url: string;
  /** Where it is, for people: "embedded PostgreSQL (port 54329)" or "PostgreSQL at db.example:5432". */
  description: string;
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  close(): Promise<void>;
}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'the server in DATABASE_URL';
  }
}

/** Fails with one sentence when the server cannot be reached. */
export async function checkReachable(url: string, hint: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserFacingError(`Cannot reach the PostgreSQL server at ${describeServer(url)} (${reason}); ${hint}`, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(env: Env, options: { log?: (line: string) => void } = {}): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL, 'start that server or correct DATABASE_URL, or unset it to use the embedded database.');
    return { url: env.DATABASE_URL, description: `PostgreSQL at ${describeServer(env.DATABASE_URL)}`, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(env.dataDir, 'postgres'),
    port: env.EMBEDDED_POSTGRES_PORT,
    log: options.log,
  });
  try {
    await ensureEmbeddedDatabase(server.port, EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: embeddedUrl(server.port, EMBEDDED_DATABASE_NAME),
    description: `embedded PostgreSQL (port ${server.port}${server.owned ? '' : ', already running'})`,
    close: () => server.stop(),
  };
}

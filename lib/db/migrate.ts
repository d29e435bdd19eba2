// Applies the committed SQL migrations in prisma/migrations in order, each in its own transaction,
// and records them in Prisma's own _prisma_migrations table with Prisma's checksum (sha256 of the
// file), so that `prisma migrate deploy` on a machine with Prisma's engine sees them as applied.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { UserFacingError } from '@/lib/errors';

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations');
const NAME = /^\d{14}_[a-z0-9_]+$/;
// Any constant: serialises concurrent runners (app start and a script at the same time).
const LOCK_KEY = 7_262_015_421;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory() && NAME.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export async function migrate(url: string, options: { dir?: string; log?: (line: string) => void } = {}): Promise<MigrateResult> {
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const result: MigrateResult = { applied: [], alreadyApplied: [] };

    for (const migration of migrations) {
      const row = recorded.get(migration.name);
      if (row?.finished_at) {
        if (row.checksum !== migration.checksum) {
          throw new UserFacingError(
            `Migration ${migration.name} was already applied, but its migration.sql has changed since; restore the file and put the change in a new migration.`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      if (row) {
        throw new UserFacingError(
          `Migration ${migration.name} started earlier but never finished; repair the database by hand and mark it rolled back in _prisma_migrations before migrating again.`,
        );
      }
      const startedAt = new Date();
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new UserFacingError(`Migration ${migration.name} failed and was rolled back (${reason}); fix the SQL and run db:migrate again.`, {
          cause: error,
        });
      }
      options.log?.(`applied ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

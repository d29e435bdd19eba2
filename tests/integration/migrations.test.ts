import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS_DIR, migrate, readMigrations } from '@/lib/db/migrate';
import { createDatabase, dropDatabase } from '@/tests/support/test-database';

const adminUrl = inject('adminUrl');
const created: string[] = [];

async function freshDatabase() {
  const url = await createDatabase(adminUrl, 'ww_migrate');
  created.push(url);
  return url;
}

async function recorded(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    return rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const url of created) await dropDatabase(adminUrl, url);
});

describe('migration runner', () => {
  it('applies every committed migration to a fresh database and records it as Prisma does', async () => {
    const url = await freshDatabase();
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    const result = await migrate(url);
    expect(result.applied).toEqual(files.map((file) => file.name));

    const rows = await recorded(url);
    expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.entries()) {
      const sql = await fs.readFile(path.join(MIGRATIONS_DIR, files[index]!.name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it('applies nothing the second time', async () => {
    const url = await freshDatabase();
    await migrate(url);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBe((await readMigrations()).length);
    expect((await recorded(url)).length).toBe(again.alreadyApplied.length);
  });

  it('refuses to run when an applied migration file has changed since', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await fs.mkdir(path.join(dir, '20200101000000_first'));
    await fs.writeFile(path.join(dir, '20200101000000_first', 'migration.sql'), 'CREATE TABLE first_table (id int);\n');
    const url = await freshDatabase();
    await migrate(url, { dir });

    await fs.writeFile(path.join(dir, '20200101000000_first', 'migration.sql'), 'CREATE TABLE first_table (id bigint);\n');
    await expect(migrate(url, { dir })).rejects.toThrow(/20200101000000_first was already applied, but its migration\.sql has changed/);
    await fs.rm(dir, { recursive: true });
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await fs.mkdir(path.join(dir, '20200101000000_good'));
    await fs.writeFile(path.join(dir, '20200101000000_good', 'migration.sql'), 'CREATE TABLE good_table (id int);\n');
    await fs.mkdir(path.join(dir, '20200102000000_bad'));
    await fs.writeFile(
      path.join(dir, '20200102000000_bad', 'migration.sql'),
      'CREATE TABLE half_table (id int);\nINSERT INTO no_such_table VALUES (1);\n',
    );
    const url = await freshDatabase();
    await expect(migrate(url, { dir })).rejects.toThrow(/20200102000000_bad failed and was rolled back/);

    expect((await recorded(url)).map((row) => row.migration_name)).toEqual(['20200101000000_good']);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("SELECT to_regclass('half_table') AS half, to_regclass('good_table') AS good");
    await client.end();
    expect(rows[0]).toEqual({ half: null, good: 'good_table' });
    await fs.rm(dir, { recursive: true });
  });

  it('lets two runners start at once without applying anything twice', async () => {
    const url = await freshDatabase();
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);
    expect([...first.applied, ...second.applied].sort()).toEqual((await readMigrations()).map((file) => file.name));
  });
});

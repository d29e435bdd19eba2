// Direct look into the test server's database, to prove what was (not) stored.
import pg from 'pg';

export async function query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await query<{ count: string }>(`SELECT count(*) FROM ${table} WHERE ${where}`, params);
  return Number(rows[0]!.count);
}

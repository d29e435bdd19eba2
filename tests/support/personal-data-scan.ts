// Looks through every text, JSON and text-array column of every table (public schema and any other
// the app created, e.g. pg-boss) for given values: proof that nothing of a person was left behind.
import pg from 'pg';

export async function findInEveryTable(databaseUrl: string, values: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_schema: string; table_name: string; column_name: string }>(`
      SELECT c.table_schema, c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
         AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`);
    const found: string[] = [];
    for (const column of columns) {
      const name = `"${column.table_schema}"."${column.table_name}"`;
      const field = `"${column.column_name}"`;
      for (const value of values) {
        const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${name} WHERE ${field}::text ILIKE '%' || $1 || '%'`, [value]);
        if (Number(rows[0]!.count) > 0) found.push(`${column.table_schema}.${column.table_name}.${column.column_name} holds "${value}"`);
      }
    }
    if (columns.length < 50) throw new Error(`only ${columns.length} text columns found: the scan is not looking where it should`);
    return found;
  } finally {
    await client.end();
  }
}

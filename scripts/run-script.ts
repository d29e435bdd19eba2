// Shared frame of the command-line entry points: validated env, the database (DATABASE_URL or the
// embedded one), and one clear sentence instead of a stack trace when something is wrong.
import { parseEnv, type Env } from '@/lib/env';
import { openDatabase, type OpenDatabase } from '@/lib/db/open-database';
import { UserFacingError } from '@/lib/errors';

export function fail(error: unknown): never {
  if (error instanceof UserFacingError) {
    console.error(`\n${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nUnexpected error: ${message}\n`);
    if (process.env.DEBUG) console.error(error);
    else console.error('Run again with DEBUG=1 to see the details.\n');
  }
  process.exit(1);
}

export async function runWithDatabase(task: (context: { env: Env; database: OpenDatabase }) => Promise<void>) {
  let database: OpenDatabase | undefined;
  try {
    const env = parseEnv();
    database = await openDatabase(env);
    await task({ env, database });
    await database.close();
  } catch (error) {
    await database?.close().catch(() => undefined);
    fail(error);
  }
}

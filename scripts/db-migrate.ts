// npm run db:migrate — apply pending migrations from prisma/migrations.
import { migrate } from '@/lib/db/migrate';
import { runWithDatabase } from './run-script';

await runWithDatabase(async ({ database }) => {
  const result = await migrate(database.url, { log: (line) => console.log(line) });
  console.log(
    result.applied.length > 0
      ? `Applied ${result.applied.length} migration(s) on ${database.description}.`
      : `The database on ${database.description} is up to date (${result.alreadyApplied.length} migration(s)).`,
  );
});

// npm run catalogue:import -- <file.json> — validate every record, then write all or nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { UserFacingError } from '@/lib/errors';
import { fail, runWithDatabase } from './run-script';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!file) fail(new UserFacingError('Name the file to import: npm run catalogue:import -- <file.json>'));

let input: unknown;
try {
  input = JSON.parse(await fs.readFile(file, 'utf8'));
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : `it is not valid JSON: ${(error as Error).message}`;
  fail(new UserFacingError(`Cannot read ${file}: ${reason}.`));
}

/** Set when a record is invalid: nothing is written, and the command exits with 1 once the database is closed. */
let invalid = false;

await runWithDatabase(async ({ database }) => {
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    // The themes are the learning agenda's data: a record's themes are checked against the database.
    const knownThemes = new Set((await prisma.theme.findMany({ select: { id: true } })).map((theme) => theme.id));
    const { records, issues } = validateOfferingRecords(input, { knownThemes });
    if (issues.length > 0) {
      console.error(`\n${issues.length} problem(s) found; nothing was imported.\n`);
      for (const issue of issues.slice(0, 200)) {
        const where = issue.index < 0 ? 'file' : `record ${issue.index}${issue.slug ? ` (${issue.slug})` : ''}`;
        console.error(`  ${where}, field ${issue.path || '(record)'}: ${issue.message}`);
      }
      if (issues.length > 200) console.error(`  … and ${issues.length - 200} more.`);
      invalid = true;
      return;
    }
    const started = Date.now();
    const result = await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli', source: path.basename(file) });
    console.log(
      `Imported ${records.length} offering(s) into ${database.description} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.inserted} new, ${result.updated} updated.`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
if (invalid) process.exit(1);

// npm run agenda:import -- <meetings.json> — validate every record, then write all or nothing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { validateMeetingRecords, writeMeetings, type RecordIssue } from '@/lib/agenda/import-meetings';
import { UserFacingError } from '@/lib/errors';
import { fail, runWithDatabase } from './run-script';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!file) fail(new UserFacingError('Name the file to import: npm run agenda:import -- <meetings.json>'));

let input: unknown;
try {
  input = JSON.parse(await fs.readFile(file, 'utf8'));
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : `it is not valid JSON: ${(error as Error).message}`;
  fail(new UserFacingError(`Cannot read ${file}: ${reason}.`));
}

function report(issues: RecordIssue[]): never {
  console.error(`\n${issues.length} problem(s) found; nothing was imported.\n`);
  for (const issue of issues.slice(0, 200)) {
    const where = issue.index < 0 ? 'file' : `record ${issue.index}${issue.slug ? ` (${issue.slug})` : ''}`;
    console.error(`  ${where}, field ${issue.path || '(record)'}: ${issue.message}`);
  }
  if (issues.length > 200) console.error(`  … and ${issues.length - 200} more.`);
  process.exit(1);
}

const { records, issues } = validateMeetingRecords(input);
if (issues.length > 0) report(issues);

await runWithDatabase(async ({ database }) => {
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    const started = Date.now();
    const outcome = await writeMeetings(prisma, records, { actorLabel: 'cli', source: path.basename(file) });
    if (outcome.kind === 'invalid') report(outcome.issues);
    const { inserted, updated, unchanged } = outcome.result;
    console.log(`Imported ${records.length} meeting(s) into ${database.description} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${inserted} new, ${updated} updated, ${unchanged} unchanged.`);
  } finally {
    await prisma.$disconnect();
  }
});

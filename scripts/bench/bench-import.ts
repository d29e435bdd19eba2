// npm run bench:import — imports 100,000 synthetic offerings into a fresh database through the
// same code path as catalogue:import, and prints the time.
import { createPrismaClient } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { syntheticOfferings } from './synthetic-offerings';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
const prisma = createPrismaClient(url);
try {
  const records = syntheticOfferings(COUNT);
  const started = performance.now();
  const { records: valid, issues } = validateOfferingRecords(JSON.parse(JSON.stringify(records)));
  const validated = performance.now();
  if (issues.length > 0) throw new Error(`synthetic data invalid: ${issues[0]!.message}`);
  const result = await writeOfferings(prisma, valid, { existing: 'update', actorLabel: 'cli' });
  const written = performance.now();
  console.log(
    `case=import records=${COUNT} validate_s=${((validated - started) / 1000).toFixed(1)} write_s=${((written - validated) / 1000).toFixed(1)} total_s=${((written - started) / 1000).toFixed(1)} inserted=${result.inserted}`,
  );
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

// npm run db:seed [-- --reference-only] — load reference data (and the seed catalogue). Idempotent.
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { seedCatalogue, seedMeetings, seedReferenceData } from '@/lib/seed/seed-database';
import { runWithDatabase } from './run-script';

const referenceOnly = process.argv.includes('--reference-only');

await runWithDatabase(async ({ database }) => {
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    await seedReferenceData(prisma);
    console.log('Reference data loaded: themes, learning forms, setup steps, support levels.');
    if (!referenceOnly) {
      const { offerings, organisations } = await seedCatalogue(prisma);
      console.log(
        `Catalogue: ${offerings.inserted} offering(s) added, ${offerings.skipped} already present; ${organisations} organisation(s) added.`,
      );
      const meetings = await seedMeetings(prisma);
      console.log(`Agenda: ${meetings.inserted} meeting(s) added, ${meetings.unchanged} already present.`);
    }
  } finally {
    await prisma.$disconnect();
  }
});

// npm run privacy:purge — run the retention job now (it also runs daily with the app's jobs).
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { purgePersonalData } from '@/lib/privacy/purge-personal-data';
import { retentionPeriods } from '@/lib/privacy/retention-periods';
import { runWithDatabase } from './run-script';

await runWithDatabase(async ({ env, database }) => {
  await migrate(database.url);
  const prisma = createPrismaClient(database.url);
  try {
    const periods = retentionPeriods(env);
    const report = await purgePersonalData(prisma, { periods });
    console.log(
      `Retention (${periods.handledItemMonths} months after handling): erased ${report.learningQuestions} learning question(s), ` +
        `${report.supportRequests} support request(s), ${report.networkPlans} plan(s), ${report.contactMessages} contact message(s), ` +
        `${report.offeringSubmissions} offering submission(s), ${report.meetingProposals} meeting proposal(s), ${report.knowledgeProposals} knowledge-product proposal(s); removed ${report.unconfirmedFollows} unconfirmed follow(s) ` +
        `(after ${periods.unconfirmedFollowDays} days), ${report.sentMailBodies} sent mail text(s) (after ${periods.sentMailBodyDays} days), ` +
        `${report.oldMails} old mail record(s) and ${report.clientAddressCounters} rate-limit counter(s) (after ${periods.clientAddressHours} hours).`,
    );
  } finally {
    await prisma.$disconnect();
  }
});

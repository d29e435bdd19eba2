// Background jobs on pg-boss (a job queue in the same PostgreSQL): e-mail delivery every minute when
// SMTP is configured, the weekly digests of followed searches and the coordinators' daily digest.
// Started once per server process from instrumentation.ts.
import 'server-only';
import PgBoss from 'pg-boss';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { createSmtpTransport, deliverDueEmails } from '@/lib/email/deliver-emails';
import { queueCoordinatorDigests } from '@/lib/team/queue-coordinator-digests';
import { queueFollowerDigests } from '@/lib/following/queue-follower-digests';

const JOBS = {
  deliverEmails: { name: 'deliver-emails', cron: '* * * * *' },
  followerDigests: { name: 'follower-digests', cron: '0 7 * * *' },
  coordinatorDigests: { name: 'coordinator-digests', cron: '0 7 * * 1-5' },
} as const;

export async function startJobRunner(databaseUrl: string): Promise<PgBoss> {
  const env = getEnv();
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2 });
  boss.on('error', (error: Error) => console.error(`Job queue: ${error.message}`));
  await boss.start();
  for (const job of Object.values(JOBS)) await boss.createQueue(job.name);

  if (env.SMTP_URL) {
    const transport = createSmtpTransport(env.SMTP_URL);
    await boss.schedule(JOBS.deliverEmails.name, JOBS.deliverEmails.cron, {}, { tz: 'Europe/Amsterdam' });
    await boss.work(JOBS.deliverEmails.name, async () => {
      await deliverDueEmails(db(), transport, env.MAIL_FROM);
    });
  } else {
    await boss.unschedule(JOBS.deliverEmails.name);
  }
  // Followers get at most one digest a week; the job runs daily and picks who is due.
  await boss.schedule(JOBS.followerDigests.name, JOBS.followerDigests.cron, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(JOBS.followerDigests.name, async () => {
    await queueFollowerDigests(db());
  });
  await boss.schedule(JOBS.coordinatorDigests.name, JOBS.coordinatorDigests.cron, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(JOBS.coordinatorDigests.name, async () => {
    await queueCoordinatorDigests(db());
  });
  return boss;
}

// Background jobs on pg-boss (a job queue in the same PostgreSQL): e-mail delivery every minute when
// SMTP is configured, the weekly digests of followed searches, the coordinators' daily digest and the
// nightly retention job (lib/privacy/purge-personal-data.ts).
// Started once per server process from instrumentation.ts, and stopped gracefully on SIGTERM/SIGINT:
// no new jobs are taken, running ones finish (a mail claimed but not marked sent is sent again once
// its lease runs out, see lib/email/deliver-emails.ts).
import 'server-only';
import PgBoss from 'pg-boss';
import { db } from '@/lib/db/client';
import { getEnv, type Env } from '@/lib/env';
import { createSmtpTransport, deliverDueEmails, EMAIL_BATCH } from '@/lib/email/deliver-emails';
import { queueCoordinatorDigests } from '@/lib/team/queue-coordinator-digests';
import { queueFollowerDigests } from '@/lib/following/queue-follower-digests';
import { purgePersonalData } from '@/lib/privacy/purge-personal-data';

/** At most this many batches per run of the delivery job (the next run, a minute later, goes on). */
const MAX_DELIVERY_ROUNDS = 25;

export const JOBS = {
  deliverEmails: { name: 'deliver-emails', cron: '* * * * *' },
  followerDigests: { name: 'follower-digests', cron: '0 7 * * *' },
  coordinatorDigests: { name: 'coordinator-digests', cron: '0 7 * * 1-5' },
  privacyPurge: { name: 'privacy-purge', cron: '30 3 * * *' },
} as const;

export async function startJobRunner(databaseUrl: string, env: Pick<Env, 'SMTP_URL' | 'MAIL_FROM'> = getEnv()): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2 });
  boss.on('error', (error: Error) => console.error(`Job queue: ${error.message}`));
  await boss.start();
  for (const job of Object.values(JOBS)) await boss.createQueue(job.name);

  if (env.SMTP_URL) {
    const transport = createSmtpTransport(env.SMTP_URL);
    await boss.schedule(JOBS.deliverEmails.name, JOBS.deliverEmails.cron, {}, { tz: 'Europe/Amsterdam' });
    await boss.work(JOBS.deliverEmails.name, async () => {
      // Drain what is due (a backlog after an outage, a bulk action), in batches, within a bound.
      for (let round = 0; round < MAX_DELIVERY_ROUNDS; round++) {
        const { sent, failed } = await deliverDueEmails(db(), transport, env.MAIL_FROM);
        if (sent + failed < EMAIL_BATCH) break;
      }
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
  // Personal data past its retention period (see /privacy) is removed every night.
  await boss.schedule(JOBS.privacyPurge.name, JOBS.privacyPurge.cron, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(JOBS.privacyPurge.name, async () => {
    await purgePersonalData(db());
  });
  return boss;
}

/** How long a stop waits for running jobs before it gives up on them. */
const STOP_TIMEOUT_MS = 20_000;

/** Stops taking jobs, waits for the running ones, then closes the queue's database connections. */
export async function stopJobRunner(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
}

/** Stops the runner when the process is told to stop (deploy, Ctrl+C). */
export function stopJobRunnerOnSignals(boss: PgBoss): void {
  const stop = () => {
    stopJobRunner(boss).catch((error: unknown) => console.error(`Job queue did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

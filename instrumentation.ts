// Runs once when the Next.js server starts: the background jobs (e-mail delivery, digests) on pg-boss.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL || process.env.JOBS === 'off') return;
  const { startJobRunner, stopJobRunnerOnSignals } = await import('./lib/jobs/start-job-runner');
  try {
    stopJobRunnerOnSignals(await startJobRunner(process.env.DATABASE_URL));
  } catch (error) {
    // The site works without the jobs (mail then waits in the outbox); say so and carry on.
    console.error(`Background jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

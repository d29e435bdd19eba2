// Runs once when the Next.js server starts: the session-secret check, then the background jobs (e-mail
// delivery, digests) on pg-boss.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  // Also when started without `npm start`: an instance whose session secret differs from the one this
  // database is used with stops here with a sentence (lib/auth/check-auth-secret.ts).
  const { refuseForeignAuthSecret } = await import('./lib/auth/refuse-foreign-auth-secret');
  await refuseForeignAuthSecret(process.env.DATABASE_URL);
  if (process.env.JOBS === 'off') return;
  const { startJobRunner, stopJobRunnerOnSignals } = await import('./lib/jobs/start-job-runner');
  try {
    stopJobRunnerOnSignals(await startJobRunner(process.env.DATABASE_URL));
  } catch (error) {
    // The site works without the jobs (mail then waits in the outbox); say so and carry on.
    console.error(`Background jobs did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Slowing down password guessing (decision 0065). Every attempt is counted *before* the password is
// checked, in one SQL statement, so parallel guesses cannot all pass the check before a failure is
// counted. After the free attempts each further one has to wait, longer every time, but never more
// than MAX_WAIT_SECONDS: an attacker who guesses an account's password slows it down, and its owner
// is never locked out for long. Attempts refused while waiting are not counted and do not extend it.
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { RATE_LIMITS } from '@/lib/security/rate-limits';

/** The longest wait between two attempts. */
export const MAX_WAIT_SECONDS = 15 * 60;

interface Schedule {
  /** Attempts in a row that need no wait. */
  free: number;
  /** The first wait; it doubles with every further failure up to MAX_WAIT_SECONDS. */
  firstWaitSeconds: number;
  /** After this long without an attempt the count starts again. */
  forgetAfterSeconds: number;
}

const SCHEDULES = {
  account: { free: RATE_LIMITS.signInAccount.limit, firstWaitSeconds: 30, forgetAfterSeconds: 24 * 3600 },
  ip: { free: RATE_LIMITS.signInIp.limit, firstWaitSeconds: 60, forgetAfterSeconds: 3600 },
} as const satisfies Record<string, Schedule>;

export type ThrottleKind = keyof typeof SCHEDULES;

export type ThrottleClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const subjectOf = (kind: ThrottleKind, key: string) => `${kind}:${key}`;

/** The wait after `failures` attempts in a row (pure). */
export function waitSeconds(kind: ThrottleKind, failures: number): number {
  const { free, firstWaitSeconds } = SCHEDULES[kind];
  if (failures < free) return 0;
  return Math.min(MAX_WAIT_SECONDS, firstWaitSeconds * 2 ** Math.min(failures - free, 20));
}

/**
 * Counts one attempt for `key` (an e-mail address or a client address) when no wait is running.
 * The count, the check and the next wait are one statement on one row, so concurrent attempts queue
 * on the row lock and each sees the count of the ones before.
 */
export async function claimSignInAttempt(prisma: Db, kind: ThrottleKind, key: string): Promise<ThrottleClaim> {
  const { free, firstWaitSeconds, forgetAfterSeconds } = SCHEDULES[kind];
  const subject = subjectOf(kind, key);
  // clock_timestamp(), not now(): now() is when a statement's transaction began, and one that began
  // earlier but waited for the row lock would see the next_attempt_at of a later one as the future.
  const forgotten = Prisma.sql`t.last_attempt_at < clock_timestamp() - make_interval(secs => ${forgetAfterSeconds}::int)`;
  const failures = Prisma.sql`CASE WHEN ${forgotten} THEN 1 ELSE t.failures + 1 END`;
  const wait = (count: Prisma.Sql | number) =>
    Prisma.sql`make_interval(secs => CASE WHEN ${count}::int >= ${free}::int THEN LEAST(${MAX_WAIT_SECONDS}::int, ${firstWaitSeconds}::int * power(2, LEAST(${count}::int - ${free}::int, 20))) ELSE 0 END)`;
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttles AS t (subject, failures, next_attempt_at, last_attempt_at)
    VALUES (${subject}, 1, clock_timestamp() + ${wait(1)}, clock_timestamp())
    ON CONFLICT (subject) DO UPDATE SET
      failures = ${failures},
      next_attempt_at = clock_timestamp() + ${wait(failures)},
      last_attempt_at = clock_timestamp()
    WHERE t.next_attempt_at <= clock_timestamp()
    RETURNING t.failures`;
  if (rows.length > 0) {
    if (Math.random() < 0.01) await forgetQuietSubjects(prisma);
    return { allowed: true };
  }
  const waiting = await prisma.$queryRaw<{ seconds: number }[]>`
    SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM next_attempt_at - clock_timestamp())))::int AS seconds FROM sign_in_throttles WHERE subject = ${subject}`;
  return { allowed: false, retryAfterSeconds: waiting[0]?.seconds ?? 1 };
}

/**
 * After an attempt that was not a failure. `reset` (the account signed in): its count starts again.
 * Otherwise the counted attempt is given back (a right password that still needs its code; the
 * address of a successful sign-in, which keeps the failures it made).
 */
export async function releaseSignInAttempt(prisma: Db, kind: ThrottleKind, key: string, options: { reset?: boolean } = {}): Promise<void> {
  const subject = subjectOf(kind, key);
  if (options.reset) {
    await prisma.$executeRaw`DELETE FROM sign_in_throttles WHERE subject = ${subject}`;
    return;
  }
  const { free } = SCHEDULES[kind];
  await prisma.$executeRaw`
    UPDATE sign_in_throttles
    SET failures = GREATEST(failures - 1, 0),
        next_attempt_at = CASE WHEN failures - 1 < ${free}::int THEN LEAST(next_attempt_at, clock_timestamp()) ELSE next_attempt_at END
    WHERE subject = ${subject}`;
}

async function forgetQuietSubjects(prisma: Db): Promise<void> {
  const longest = Math.max(...Object.values(SCHEDULES).map((schedule) => schedule.forgetAfterSeconds));
  await prisma.$executeRaw`DELETE FROM sign_in_throttles WHERE last_attempt_at < clock_timestamp() - make_interval(secs => ${longest}::int) AND next_attempt_at < clock_timestamp()`;
}

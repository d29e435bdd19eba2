import 'server-only';
import type { Db } from '@/lib/db/client';
import { RATE_LIMITS, type RateLimitName } from '@/lib/security/rate-limits';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window ends (when not allowed). */
  retryAfterSeconds: number;
  remaining: number;
}

/**
 * Counts one attempt for `name` + `subject` (an IP address or account) and says whether it is within
 * the limit. `consume: false` only looks (e.g. before a sign-in attempt, counting failures only).
 */
export async function hitRateLimit(prisma: Db, name: RateLimitName, subject: string, options: { consume?: boolean } = {}): Promise<RateLimitResult> {
  const { limit, windowSeconds } = RATE_LIMITS[name];
  const now = Date.now();
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const key = `${name}:${subject}`;
  let count: number;
  if (options.consume === false) {
    const bucket = await prisma.rateLimitBucket.findUnique({ where: { key_windowStart: { key, windowStart } } });
    count = bucket?.count ?? 0;
    const allowed = count < limit;
    return { allowed, remaining: Math.max(0, limit - count), retryAfterSeconds: allowed ? 0 : Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
  }
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_buckets (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_buckets.count + 1
    RETURNING count`;
  count = rows[0]!.count;
  if (Math.random() < 0.01) {
    await prisma.$executeRaw`DELETE FROM rate_limit_buckets WHERE window_start < ${new Date(now - 24 * 3600 * 1000)}`;
  }
  const allowed = count <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: allowed ? 0 : Math.ceil((windowStart.getTime() + windowMs - now) / 1000),
  };
}

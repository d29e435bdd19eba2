// Checks a sign-in attempt: rate limits (failed attempts per account and per IP), password, and the
// second factor when the account has one or an admin requires it for everyone.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { verifyPassword } from './password';
import { verifyTotp } from './totp';
import type { TeamRole } from './session-policy';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(500),
  totp: z.string().trim().max(10).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Reasons a sign-in fails; the sign-in page shows a sentence for each. */
export type SignInFailure = 'invalid' | 'rate-limited' | 'totp-required' | 'totp-invalid';

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: TeamRole; sessionVersion: number } }
  | { ok: false; reason: SignInFailure };

export async function verifySignIn(prisma: Db, input: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, totp } = parsed.data;

  const [byAccount, byIp] = await Promise.all([
    hitRateLimit(prisma, 'signInAccount', email, { consume: false }),
    hitRateLimit(prisma, 'signInIp', ip, { consume: false }),
  ]);
  if (!byAccount.allowed || !byIp.allowed) return { ok: false, reason: 'rate-limited' };

  const fail = async (reason: SignInFailure): Promise<SignInResult> => {
    await Promise.all([hitRateLimit(prisma, 'signInAccount', email), hitRateLimit(prisma, 'signInIp', ip)]);
    return { ok: false, reason };
  };

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !user.active || !passwordOk) return fail('invalid');

  if (user.totpEnabledAt && user.totpSecret) {
    if (!totp) return { ok: false, reason: 'totp-required' };
    if (!(await verifyTotp(user.totpSecret, totp))) return fail('totp-invalid');
  }
  // When an admin requires a second factor and this account has none yet, the session is limited to
  // enrolling it (require-team-member.ts).

  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

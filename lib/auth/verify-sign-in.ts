// Checks a sign-in attempt: the throttles (attempts per account and per client address, counted before
// anything else; sign-in-throttle.ts), password, and the second factor when the account has one (each
// code accepted once).
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { parseInput } from '@/lib/validation/parse-input';
import { verifyPassword } from './password';
import { claimSignInAttempt, releaseSignInAttempt } from './sign-in-throttle';
import { acceptTotpCode } from './accept-totp-code';
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
  const parsed = parseInput(signInSchema, input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, totp } = parsed.data;

  // Counted before the password is checked (atomic per row): parallel guesses cannot slip through.
  const byIp = await claimSignInAttempt(prisma, 'ip', ip);
  if (!byIp.allowed) return { ok: false, reason: 'rate-limited' };
  const byAccount = await claimSignInAttempt(prisma, 'account', email);
  if (!byAccount.allowed) {
    await releaseSignInAttempt(prisma, 'ip', ip);
    return { ok: false, reason: 'rate-limited' };
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !user.active || !passwordOk) return { ok: false, reason: 'invalid' };

  if (user.totpEnabledAt && user.totpSecret) {
    if (!totp) {
      // The password was right: asking for the code is not a failure of either.
      await Promise.all([releaseSignInAttempt(prisma, 'account', email), releaseSignInAttempt(prisma, 'ip', ip)]);
      return { ok: false, reason: 'totp-required' };
    }
    if (!(await acceptTotpCode(prisma, user, totp))) return { ok: false, reason: 'totp-invalid' };
  }
  // When an admin requires a second factor and this account has none yet, the session is limited to
  // enrolling it (require-team-member.ts).

  await Promise.all([releaseSignInAttempt(prisma, 'account', email, { reset: true }), releaseSignInAttempt(prisma, 'ip', ip)]);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

// What a team member does with their own account: sign out everywhere, the second factor, the digest.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { acceptTotpCode } from '@/lib/auth/accept-totp-code';
import { verifyPassword } from '@/lib/auth/password';
import { claimSignInAttempt, releaseSignInAttempt } from '@/lib/auth/sign-in-throttle';
import { createTotpSecret, verifyTotp } from '@/lib/auth/totp';
import { openTotpSecret, sealTotpSecret } from '@/lib/auth/totp-secret-box';

/** Every session issued before now stops working at its next request. */
export async function signOutEverywhere(prisma: Db, userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: userId, itemType: 'user', itemId: userId, action: 'user.signed-out-everywhere' });
  });
}

/** A new, not yet confirmed secret (replaces an unconfirmed one). */
export async function startTotpEnrolment(prisma: Db, userId: string): Promise<string> {
  const secret = createTotpSecret();
  await prisma.user.update({ where: { id: userId, totpEnabledAt: null }, data: { totpSecret: sealTotpSecret(secret, userId), totpLastStep: null } });
  return secret;
}

/** Turns the second factor on when the code matches the pending secret. */
export async function confirmTotpEnrolment(prisma: Db, userId: string, code: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const secret = openTotpSecret(user.totpSecret, user.id);
  if (!secret || user.totpEnabledAt || (await verifyTotp(secret, code)) === null) return false;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } });
    await recordAudit(tx, { actorId: userId, itemType: 'user', itemId: userId, action: 'user.totp-enabled' });
  });
  return true;
}

export type DisableTotpOutcome = 'ok' | 'invalid' | 'rate-limited';

/**
 * Turns the second factor off, only with the account's password and a current code (ASVS 6.4.x): a
 * session left open is not enough. Wrong answers count in the account's sign-in throttle.
 */
export async function disableTotp(prisma: Db, userId: string, proof: { password: string; code: string }): Promise<DisableTotpOutcome> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.totpEnabledAt) return 'ok';
  if (!(await claimSignInAttempt(prisma, 'account', user.email)).allowed) return 'rate-limited';
  if (!(await verifyPassword(user.passwordHash, proof.password)) || !(await acceptTotpCode(prisma, user, proof.code))) return 'invalid';
  await releaseSignInAttempt(prisma, 'account', user.email, { reset: true });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: null, totpSecret: null, totpLastStep: null } });
    await recordAudit(tx, { actorId: userId, itemType: 'user', itemId: userId, action: 'user.totp-disabled' });
  });
  return 'ok';
}

export async function setDigest(prisma: Db, userId: string, enabled: boolean): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { digestEnabled: enabled } });
}

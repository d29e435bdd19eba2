// What a team member does with their own account: sign out everywhere, the second factor, the digest.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { createTotpSecret, verifyTotp } from '@/lib/auth/totp';

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
  await prisma.user.update({ where: { id: userId, totpEnabledAt: null }, data: { totpSecret: secret } });
  return secret;
}

/** Turns the second factor on when the code matches the pending secret. */
export async function confirmTotpEnrolment(prisma: Db, userId: string, code: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.totpSecret || user.totpEnabledAt || !(await verifyTotp(user.totpSecret, code))) return false;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } });
    await recordAudit(tx, { actorId: userId, itemType: 'user', itemId: userId, action: 'user.totp-enabled' });
  });
  return true;
}

export async function disableTotp(prisma: Db, userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: null, totpSecret: null } });
    await recordAudit(tx, { actorId: userId, itemType: 'user', itemId: userId, action: 'user.totp-disabled' });
  });
}

export async function setDigest(prisma: Db, userId: string, enabled: boolean): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { digestEnabled: enabled } });
}

// What admins do with team accounts: invite, change role, deactivate and reactivate. Every change is
// on the audit trail; deactivating also ends the account's sessions at their next request.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken, hashToken } from '@/lib/security/create-token';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { hashPassword } from '@/lib/auth/password';
import type { TeamRole } from '@/lib/auth/session-policy';
import { newTeamMemberSchema, passwordSchema } from './create-team-member';
import { localisedPath } from '@/lib/i18n/routing';

const INVITE_DAYS = 7;

export type InviteOutcome = { kind: 'ok'; userId: string } | { kind: 'exists' } | { kind: 'invalid' };

export async function inviteTeamMember(prisma: Db, actorId: string, input: unknown, locale: Locale): Promise<InviteOutcome> {
  const parsed = newTeamMemberSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid' };
  const token = createToken();
  const t = await getTranslator(locale, 'admin.emails.invite');
  const link = `${getEnv().appUrl}${localisedPath(`/beheer/uitnodiging/${token}`, locale)}`;
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: parsed.data.email } })) return { kind: 'exists' as const };
    const user = await tx.user.create({ data: parsed.data });
    await tx.authToken.create({ data: { userId: user.id, purpose: 'invite', tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) } });
    await recordAudit(tx, { actorId, itemType: 'user', itemId: user.id, action: 'user.invited', changes: { email: { before: null, after: user.email }, role: { before: null, after: user.role } } });
    await queueEmail(tx, { to: user.email, subject: t('subject'), text: t('text', { name: user.name, link }), template: 'team-invite', itemType: 'user', itemId: user.id });
    return { kind: 'ok' as const, userId: user.id };
  });
}

export type AcceptInvitationOutcome = 'ok' | 'invalid-link' | 'too-short' | 'rate-limited';

/**
 * Sets the password of the invited account from its single-use link: rate limited per client
 * address, the link checked before any password is hashed, and used once even when sent twice at
 * the same moment (the conditional update marks it used; the loser gets 'invalid-link').
 */
export async function acceptInvitation(prisma: Db, token: string, password: string, context: { ip: string }): Promise<AcceptInvitationOutcome> {
  if (!(await hitRateLimit(prisma, 'invitation', context.ip)).allowed) return 'rate-limited';
  const row = await findUsableInvitation(prisma, token);
  if (!row) return 'invalid-link';
  if (!passwordSchema.safeParse(password).success) return 'too-short';
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return 'invalid-link' as const;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: row.userId, itemType: 'user', itemId: row.userId, action: 'user.password-set' });
    return 'ok' as const;
  });
}

async function findUsableInvitation(prisma: Db, token: string) {
  const row = await prisma.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return row && !row.usedAt && row.expiresAt > new Date() && row.purpose === 'invite' ? row : null;
}

export async function isInvitationValid(prisma: Db, token: string): Promise<boolean> {
  return (await findUsableInvitation(prisma, token)) !== null;
}

/** Admins cannot change their own role or deactivate themselves (the team keeps an admin). */
export async function changeTeamMember(
  prisma: Db,
  actorId: string,
  userId: string,
  change: { role?: TeamRole; active?: boolean },
): Promise<'ok' | 'self' | 'not-found'> {
  if (userId === actorId) return 'self';
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) return 'not-found' as const;
    const data: { role?: TeamRole; active?: boolean; sessionVersion?: { increment: number } } = {};
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (change.role && change.role !== user.role) {
      data.role = change.role;
      changes.role = { before: user.role, after: change.role };
    }
    if (change.active !== undefined && change.active !== user.active) {
      data.active = change.active;
      changes.active = { before: user.active, after: change.active };
      if (!change.active) data.sessionVersion = { increment: 1 };
    }
    if (Object.keys(changes).length === 0) return 'ok' as const;
    await tx.user.update({ where: { id: userId }, data });
    await recordAudit(tx, { actorId, itemType: 'user', itemId: userId, action: 'user.changed', changes });
    return 'ok' as const;
  });
}

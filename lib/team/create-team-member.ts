// Creating team accounts: from the command line (first admin) or by an admin's invitation.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { UserFacingError } from '@/lib/errors';
import type { TeamRole } from '@/lib/auth/session-policy';

export const TEAM_ROLES = ['coordinator', 'admin'] as const;

export const newTeamMemberSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  name: z.string().trim().min(1).max(120),
  role: z.enum(TEAM_ROLES),
});

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(500);

export async function createTeamMember(
  prisma: Db,
  input: { email: string; name?: string; role: TeamRole; password?: string },
  actor: { actorId?: string; actorLabel?: 'cli' },
): Promise<{ id: string }> {
  const data = newTeamMemberSchema.parse({ ...input, name: input.name ?? input.email.split('@')[0] });
  if (input.password !== undefined) {
    const check = passwordSchema.safeParse(input.password);
    if (!check.success) throw new UserFacingError(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email } })) {
      throw new UserFacingError(`An account for ${data.email} already exists.`);
    }
    const user = await tx.user.create({ data: { ...data, passwordHash }, select: { id: true } });
    await recordAudit(tx, {
      ...actor,
      itemType: 'user',
      itemId: user.id,
      action: 'user.created',
      changes: { email: { before: null, after: data.email }, role: { before: null, after: data.role } },
    });
    return user;
  });
}

import 'server-only';
import type { Db } from '@/lib/db/client';

/** Active team members, for assignment lists. */
export async function listActiveTeamMembers(prisma: Db): Promise<{ id: string; label: string }[]> {
  const users = await prisma.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: 'asc' } });
  return users.map((user) => ({ id: user.id, label: user.name }));
}

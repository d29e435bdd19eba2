// Each coordinator's last inbox filters, kept on their account (users.inbox_filters).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { parseInboxFilters, type InboxFilters } from './inbox-filters';

export async function readRememberedFilters(prisma: Db, userId: string): Promise<InboxFilters> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { inboxFilters: true } });
  const saved = (user?.inboxFilters ?? {}) as Record<string, string>;
  return parseInboxFilters(typeof saved === 'object' && saved !== null ? saved : {});
}

export async function rememberFilters(prisma: Db, userId: string, filters: InboxFilters): Promise<void> {
  const value = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  await prisma.user.update({ where: { id: userId }, data: { inboxFilters: value } });
}

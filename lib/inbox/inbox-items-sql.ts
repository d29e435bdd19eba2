// The WHERE clause and order of the inbox filters over the inbox relation (INBOX_ITEMS, built from
// the item type registry). Shared by the list, the CSV export and next/previous navigation.
import { Prisma } from '@/lib/generated/prisma/client';
import type { InboxFilters } from './inbox-filters';

export { INBOX_ITEMS } from './inbox-item-registry';
import { RESPONSE_DEADLINE_WORKING_DAYS, workingDaysBefore } from './working-days';


export function inboxWhere(filters: InboxFilters, viewerId: string, now = new Date()): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.type) conditions.push(Prisma.sql`i.item_type = ${filters.type}`);
  if (filters.status === 'open') conditions.push(Prisma.sql`i.status NOT IN ('done', 'rejected')`);
  else if (filters.status) conditions.push(Prisma.sql`i.status = ${filters.status}`);
  if (filters.assignee === 'none') conditions.push(Prisma.sql`i.assignee_id IS NULL`);
  else if (filters.assignee) conditions.push(Prisma.sql`i.assignee_id = ${filters.assignee === 'me' ? viewerId : filters.assignee}::uuid`);
  if (filters.theme) conditions.push(Prisma.sql`${filters.theme} = ANY(i.themes)`);
  if (filters.province) conditions.push(Prisma.sql`${filters.province} = ANY(i.provinces)`);
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(Prisma.sql`(i.title ILIKE ${pattern} OR i.person ILIKE ${pattern} OR i.email ILIKE ${pattern})`);
  }
  const day = 24 * 60 * 60 * 1000;
  if (filters.age === 'overdue') {
    conditions.push(Prisma.sql`(i.first_response_at IS NULL AND i.created_at < ${workingDaysBefore(now, RESPONSE_DEADLINE_WORKING_DAYS)})`);
  } else if (filters.age === 'week') conditions.push(Prisma.sql`i.created_at >= ${new Date(now.getTime() - 7 * day)}`);
  else if (filters.age === 'month') conditions.push(Prisma.sql`i.created_at >= ${new Date(now.getTime() - 30 * day)}`);
  else if (filters.age === 'older') conditions.push(Prisma.sql`i.created_at < ${new Date(now.getTime() - 30 * day)}`);
  return Prisma.join(conditions, ' AND ');
}

export function inboxOrderBy(filters: InboxFilters): Prisma.Sql {
  switch (filters.sort) {
    case 'oldest':
      return Prisma.sql`i.created_at ASC, i.id ASC`;
    case 'status':
      return Prisma.sql`array_position(ARRAY['new','in_progress','matched','referred','new_network','done','rejected'], i.status), i.created_at DESC, i.id`;
    case 'type':
      return Prisma.sql`i.item_type, i.created_at DESC, i.id`;
    default:
      return Prisma.sql`i.created_at DESC, i.id DESC`;
  }
}

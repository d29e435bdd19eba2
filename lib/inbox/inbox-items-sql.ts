// One SQL relation over the four tables of incoming items, with the WHERE clause for the inbox
// filters. Shared by the list, the CSV export and next/previous navigation.
import { Prisma } from '@/lib/generated/prisma/client';
import type { InboxFilters } from './inbox-filters';
import { RESPONSE_DEADLINE_WORKING_DAYS, workingDaysBefore } from './working-days';

export const INBOX_ITEMS = Prisma.sql`(
  SELECT 'question'::text AS item_type, q.id, left(q.question, 160) AS title, q.contact_name AS person, q.contact_email AS email,
         q.status::text AS status, q.assignee_id, q.themes, CASE WHEN q.province IS NULL THEN '{}'::text[] ELSE ARRAY[q.province] END AS provinces,
         q.created_at, q.first_response_at, q.version
    FROM learning_questions q
  UNION ALL
  SELECT 'support', s.id, sl.name_nl || coalesce(': ' || p.title, ''), s.contact_name, s.contact_email,
         s.status::text, s.assignee_id, coalesce(lq.themes, '{}'), CASE WHEN lq.province IS NULL THEN '{}'::text[] ELSE ARRAY[lq.province] END,
         s.created_at, s.first_response_at, s.version
    FROM support_requests s
    JOIN support_levels sl ON sl.id = s.support_level_id
    JOIN network_plans p ON p.id = s.network_plan_id
    LEFT JOIN learning_questions lq ON lq.id = p.learning_question_id
  UNION ALL
  SELECT 'submission', os.id, o.title, os.submitter_name, os.submitter_email,
         os.status::text, os.assignee_id, o.themes, o.provinces, os.created_at, os.first_response_at, os.version
    FROM offering_submissions os JOIN offerings o ON o.id = os.offering_id
  UNION ALL
  SELECT 'contact', c.id, c.subject, c.name, c.email,
         c.status::text, c.assignee_id, '{}'::text[], '{}'::text[], c.created_at, c.first_response_at, c.version
    FROM contact_messages c
) AS i`;

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

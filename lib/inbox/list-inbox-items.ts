// The inbox: one page of items matching the filters, the total, and each item's overdue marker.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { INBOX_PAGE_SIZE, type InboxFilters } from './inbox-filters';
import type { InboxItemType } from './inbox-item-types';
import { INBOX_ITEMS, inboxOrderBy, inboxWhere } from './inbox-items-sql';
import type { TriageStatus } from './triage-workflow';
import { isOverdue } from './working-days';

export interface InboxItem {
  type: InboxItemType;
  id: string;
  title: string;
  person: string;
  email: string;
  status: TriageStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  themes: string[];
  provinces: string[];
  createdAt: Date;
  firstResponseAt: Date | null;
  version: number;
  overdue: boolean;
}

interface Row {
  item_type: InboxItemType;
  id: string;
  title: string;
  person: string;
  email: string;
  status: TriageStatus;
  assignee_id: string | null;
  assignee_name: string | null;
  themes: string[];
  provinces: string[];
  created_at: Date;
  first_response_at: Date | null;
  version: number;
  total: bigint;
}

function toItem(row: Row, now: Date): InboxItem {
  return {
    type: row.item_type,
    id: row.id,
    title: row.title,
    person: row.person,
    email: row.email,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    themes: row.themes,
    provinces: row.provinces,
    createdAt: row.created_at,
    firstResponseAt: row.first_response_at,
    version: row.version,
    overdue: isOverdue(row.created_at, row.first_response_at, now),
  };
}

/** `limit: 'all'` for the CSV export. */
export async function listInboxItems(
  prisma: Db,
  filters: InboxFilters,
  viewerId: string,
  options: { limit?: number | 'all'; now?: Date } = {},
): Promise<{ items: InboxItem[]; total: number; page: number; pageCount: number }> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? INBOX_PAGE_SIZE;
  const paging = limit === 'all' ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${(filters.page - 1) * limit}`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT i.*, u.name AS assignee_name, count(*) OVER () AS total
      FROM ${INBOX_ITEMS}
      LEFT JOIN users u ON u.id = i.assignee_id
     WHERE ${inboxWhere(filters, viewerId, now)}
     ORDER BY ${inboxOrderBy(filters)}
     ${paging}`;
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && filters.page > 1) {
    const counted = await prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM ${INBOX_ITEMS} WHERE ${inboxWhere(filters, viewerId, now)}`;
    total = Number(counted[0]!.total);
  }
  const pageSize = limit === 'all' ? Math.max(total, 1) : limit;
  return { items: rows.map((row) => toItem(row, now)), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The items before and after one item in the filtered, sorted list (for next/previous links). */
export async function findInboxNeighbours(
  prisma: Db,
  filters: InboxFilters,
  viewerId: string,
  current: { type: InboxItemType; id: string },
): Promise<{ previous: { type: InboxItemType; id: string } | null; next: { type: InboxItemType; id: string } | null; position: number | null; total: number }> {
  const rows = await prisma.$queryRaw<{ prev_type: InboxItemType | null; prev_id: string | null; next_type: InboxItemType | null; next_id: string | null; position: bigint; total: bigint }[]>`
    SELECT prev_type, prev_id, next_type, next_id, position, total FROM (
      SELECT i.item_type, i.id,
             lag(i.item_type) OVER w AS prev_type, lag(i.id) OVER w AS prev_id,
             lead(i.item_type) OVER w AS next_type, lead(i.id) OVER w AS next_id,
             row_number() OVER w AS position, count(*) OVER () AS total
        FROM ${INBOX_ITEMS}
       WHERE ${inboxWhere(filters, viewerId)}
      WINDOW w AS (ORDER BY ${inboxOrderBy(filters)})
    ) ordered
    WHERE item_type = ${current.type} AND id = ${current.id}::uuid`;
  const row = rows[0];
  if (!row) return { previous: null, next: null, position: null, total: 0 };
  return {
    previous: row.prev_id ? { type: row.prev_type!, id: row.prev_id } : null,
    next: row.next_id ? { type: row.next_type!, id: row.next_id } : null,
    position: Number(row.position),
    total: Number(row.total),
  };
}

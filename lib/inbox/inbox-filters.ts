// The inbox's filters, sort and page, read from the query string with one zod schema (pure). Unknown
// or malformed values fall back to "no filter" rather than an error: the URL is a bookmark.
import { z } from 'zod';
import { PROVINCES } from '@/lib/reference/vocabularies';
import { INBOX_ITEM_TYPES } from './inbox-item-types';
import { TRIAGE_STATUSES } from './triage-workflow';

export const INBOX_SORTS = ['newest', 'oldest', 'status', 'type'] as const;
export const INBOX_AGES = ['overdue', 'week', 'month', 'older'] as const;
export const INBOX_PAGE_SIZE = 25;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const inboxFiltersSchema = z.object({
  type: optional(z.enum(INBOX_ITEM_TYPES)),
  status: optional(z.enum([...TRIAGE_STATUSES, 'open'])),
  /** A user id, or "none" for unassigned, or "me". */
  assignee: optional(z.union([z.uuid(), z.enum(['none', 'me'])])),
  theme: optional(z.string().regex(/^[a-z0-9-]{2,80}$/)),
  province: optional(z.enum(PROVINCES)),
  age: optional(z.enum(INBOX_AGES)),
  q: optional(z.string().trim().min(1).max(200)),
  sort: z.enum(INBOX_SORTS).catch('newest').default('newest'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type InboxFilters = z.infer<typeof inboxFiltersSchema>;

const FILTER_KEYS = ['type', 'status', 'assignee', 'theme', 'province', 'age', 'q', 'sort'] as const;

export function parseInboxFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): InboxFilters {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  const flat = Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]).filter(([, value]) => value !== ''));
  return inboxFiltersSchema.parse(flat);
}

/** True when the query string names any filter (then it is remembered; otherwise the remembered one applies). */
export function hasFilterParams(params: Record<string, string | string[] | undefined>): boolean {
  return FILTER_KEYS.some((key) => params[key] !== undefined) || params.page !== undefined;
}

/** The query string for filters (without the defaults), e.g. "type=question&status=new". */
export function inboxQueryString(filters: Partial<InboxFilters>, overrides: Partial<InboxFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = merged[key];
    if (value === undefined || (key === 'sort' && value === 'newest')) continue;
    params.set(key, String(value));
  }
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  return params.toString();
}

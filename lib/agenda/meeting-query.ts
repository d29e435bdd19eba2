// The agenda query: one zod schema for /agenda, its archive, GET /api/meetings and /agenda.ics, with
// the catalogue's URL conventions (repeated parameters: OR within a filter; filters AND). Strict for
// the API and the feed (400 naming the parameter), lenient for people (a bad value is left out).
import { z } from 'zod';
import { calendarDay } from '@/lib/validation/calendar-day';
import { dataFilterList, filterList, wholeNumber } from '@/lib/catalogue/offering-query';
import { MEETING_FILTER_PARAMS, MEETING_FILTERS, MEETING_LIST_FILTERS, MEETING_SINGLE_FILTERS, type MeetingListFilter, type MeetingSingleFilter } from './meeting-filters';

export const MAX_MEETING_PAGE_SIZE = 100;
export const DEFAULT_MEETING_PAGE_SIZE = 20;

const filterShape = Object.fromEntries([
  // Themes are data the team edits (decision 0120): well-formed ids here; unknown ones match nothing.
  ...MEETING_LIST_FILTERS.map((name) => [name, name === 'theme' ? dataFilterList() : filterList(MEETING_FILTERS[name].values)]),
  ...MEETING_SINGLE_FILTERS.map((name) => [name, z.enum(MEETING_FILTERS[name].values).optional()]),
]) as { [K in MeetingListFilter]: ReturnType<typeof filterList> } & { [K in MeetingSingleFilter]: z.ZodOptional<z.ZodEnum<{ online: 'online'; onsite: 'onsite' }>> };

const optionalDay = z.preprocess((value) => (value === '' ? undefined : value), calendarDay().optional());

export const meetingQuerySchema = z
  .object({
    ...filterShape,
    /** Dates from this day (Europe/Amsterdam), inclusive. */
    from: optionalDay,
    /** Dates up to and including this day. */
    to: optionalDay,
    page: wholeNumber(1, 10_000).default(1),
    pageSize: wholeNumber(1, MAX_MEETING_PAGE_SIZE).default(DEFAULT_MEETING_PAGE_SIZE),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ['to'], error: 'endBeforeStart' });

export type MeetingQuery = z.output<typeof meetingQuerySchema>;

const LIST_PARAMS = new Set<string>(MEETING_LIST_FILTERS);
const KNOWN = new Set<string>([...MEETING_FILTER_PARAMS, 'from', 'to', 'page', 'pageSize']);

export function readMeetingQueryParams(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v])));
  const raw: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (LIST_PARAMS.has(key)) raw[key] = [...((raw[key] as string[] | undefined) ?? []), value];
    else if (KNOWN.has(key) && !(key in raw)) raw[key] = value;
  }
  return raw;
}

/** For people: every parameter that does not hold is left out (and named in `ignored`). */
export function readMeetingQueryLeniently(params: URLSearchParams | Record<string, string | string[] | undefined>): { query: MeetingQuery; ignored: string[] } {
  const raw = readMeetingQueryParams(params);
  const ignored = new Set<string>();
  for (const name of MEETING_FILTER_PARAMS) {
    const given = raw[name];
    if (given === undefined) continue;
    const allowed: readonly string[] = MEETING_FILTERS[name].values;
    const list = Array.isArray(given) ? (given as string[]) : [String(given)];
    const kept = [...new Set(list.filter((value) => allowed.includes(value)))];
    if (kept.length === list.length) continue;
    ignored.add(name);
    if (Array.isArray(given)) raw[name] = kept;
    else delete raw[name];
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = meetingQuerySchema.safeParse(raw);
    if (parsed.success) return { query: parsed.data, ignored: [...ignored] };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      ignored.add(key);
      delete raw[key];
    }
  }
  return { query: meetingQuerySchema.parse({}), ignored: [...ignored] };
}

/** The query as URL parameters (links, paging, the feed's address); defaults are left out. */
export function meetingQueryToParams(query: Partial<MeetingQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of MEETING_LIST_FILTERS) for (const value of query[name] ?? []) params.append(name, value);
  for (const name of MEETING_SINGLE_FILTERS) if (query[name]) params.set(name, query[name]);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_MEETING_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

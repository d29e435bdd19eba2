// The agenda: one SQL statement gives the page of meetings (each at its next date in the range, or
// for the archive its last date), the total and the facet counts, over the dates written to
// `meeting_occurrences` (decision 0100). Only published meetings; cancelled ones stay, as cancelled.
import 'server-only';
import { DateTime } from 'luxon';
import type { Db } from '@/lib/db/client';
import { AGENDA_TIME_ZONE, startOfLocalDay } from './meeting-time';
import { MEETING_FILTER_PARAMS, MEETING_FILTERS, MEETING_LIST_FILTERS, MEETING_SINGLE_FILTERS, meetingFilterSql, type MeetingFilterParam } from './meeting-filters';
import type { MeetingQuery } from './meeting-query';

export type MeetingFacets = Record<MeetingFilterParam, Record<string, number>>;

export interface MeetingSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** The date shown: the next one in the range (upcoming), or the last one (archive). */
  startsAt: string;
  endsAt: string;
  /** This date is cancelled (or the whole meeting is). */
  cancelled: boolean;
  status: 'scheduled' | 'cancelled';
  /** How many dates of the meeting fall in the range. */
  dates: number;
  recurrence: string | null;
  online: boolean;
  place: string | null;
  municipality: string | null;
  province: string | null;
  themes: string[];
  targetGroups: string[];
  learningForm: string | null;
  capacity: number | null;
  offering: { slug: string; title: string } | null;
  sequence: number;
  updatedAt: string;
}

export interface MeetingSearchResult {
  items: MeetingSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: MeetingFacets;
}

export type AgendaWhen = 'upcoming' | 'past';

class Sql {
  readonly params: unknown[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

function filterConditions(sql: Sql, query: MeetingQuery): string[] {
  const conditions = ['m.published_at IS NOT NULL'];
  for (const name of MEETING_LIST_FILTERS) {
    const chosen = query[name];
    if (chosen.length === 0) continue;
    const filter = MEETING_FILTERS[name];
    conditions.push(filter.multi ? `${meetingFilterSql(name, 'm')} && ${sql.param(chosen)}::text[]` : `${meetingFilterSql(name, 'm')} = ANY(${sql.param(chosen)}::text[])`);
  }
  for (const name of MEETING_SINGLE_FILTERS) {
    const chosen = query[name];
    if (chosen !== undefined) conditions.push(`${meetingFilterSql(name, 'm')} = ${sql.param(chosen)}`);
  }
  return conditions;
}

function facetSql(param: MeetingFilterParam): string {
  const value = MEETING_FILTERS[param].multi ? `unnest(x."${param}")` : `x."${param}"::text`;
  return `(SELECT coalesce(json_object_agg(f.value, f.count), '{}') FROM (
            SELECT ${value} AS value, count(*) AS count FROM matched x GROUP BY 1
          ) f WHERE f.value IS NOT NULL)`;
}

const dayAfter = (day: string) => DateTime.fromISO(day, { zone: AGENDA_TIME_ZONE }).plus({ days: 1 }).startOf('day').toJSDate();

/** The SQL of an agenda search (also used bare by the benchmark). */
export function buildMeetingSearchSql(query: MeetingQuery, when: AgendaWhen, now: Date, options: { offeringId?: string } = {}): { text: string; params: unknown[] } {
  const sql = new Sql();
  const dateConditions: string[] = [];
  if (query.from) dateConditions.push(`o.starts_at >= ${sql.param(startOfLocalDay(query.from))}`);
  if (query.to) dateConditions.push(`o.starts_at < ${sql.param(dayAfter(query.to))}`);
  const nowParam = sql.param(now);
  const conditions = filterConditions(sql, query);
  if (options.offeringId) conditions.push(`m.offering_id = ${sql.param(options.offeringId)}::uuid`);
  // The meeting's filters go into the dates' statement, so PostgreSQL narrows the meetings first
  // (GIN index on themes) and only reads their dates. Upcoming: every date that has not ended; the
  // meeting at its next date that goes ahead (or, when all are cancelled, its next date). Past:
  // meetings with no date left, at their last date.
  const dates =
    when === 'upcoming'
      ? `SELECT o.meeting_id,
                coalesce(min(o.starts_at) FILTER (WHERE NOT o.cancelled), min(o.starts_at)) AS starts_at,
                count(*)::int AS dates
           FROM meeting_occurrences o JOIN meetings m ON m.id = o.meeting_id
          WHERE ${['o.ends_at >= ' + nowParam, ...dateConditions, ...conditions].join(' AND ')}
          GROUP BY o.meeting_id`
      : `SELECT o.meeting_id, max(o.starts_at) AS starts_at, count(*)::int AS dates
           FROM meeting_occurrences o JOIN meetings m ON m.id = o.meeting_id
          WHERE ${[...dateConditions, ...conditions].join(' AND ')}
          GROUP BY o.meeting_id
         HAVING max(o.ends_at) < ${nowParam}`;
  const order = when === 'upcoming' ? 'starts_at ASC, id' : 'starts_at DESC, id';
  const limit = sql.param(query.pageSize);
  const offset = sql.param((query.page - 1) * query.pageSize);
  const facetColumns = MEETING_FILTER_PARAMS.map((param) => `${meetingFilterSql(param, 'm')} AS "${param}"`).join(', ');
  const text = `
    WITH dates AS MATERIALIZED (${dates}),
    matched AS MATERIALIZED (
      SELECT m.id, d.starts_at, d.dates, ${facetColumns}
        FROM dates d JOIN meetings m ON m.id = d.meeting_id
    ),
    page AS (SELECT * FROM matched ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(p ORDER BY p."startsAt" ${when === 'upcoming' ? 'ASC' : 'DESC'}, p.id), '[]') FROM (
         SELECT m.id, m.slug, m.title, m.summary, page.starts_at AS "startsAt", o.ends_at AS "endsAt",
                (o.cancelled OR m.status = 'cancelled') AS cancelled, m.status, page.dates, m.recurrence,
                m.online, m.place, m.municipality, m.province, m.themes, m.target_groups AS "targetGroups",
                m.learning_form_id AS "learningForm", m.capacity, m.sequence, m.updated_at AS "updatedAt",
                CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('slug', f.slug, 'title', f.title) END AS offering
           FROM page
           JOIN meetings m ON m.id = page.id
           JOIN LATERAL (SELECT x.ends_at, x.cancelled FROM meeting_occurrences x
                          WHERE x.meeting_id = page.id AND x.starts_at = page.starts_at ORDER BY x.cancelled LIMIT 1) o ON true
           LEFT JOIN offerings f ON f.id = m.offering_id AND f.status = 'published') p) AS items,
      json_build_object(${MEETING_FILTER_PARAMS.map((param) => `'${param}', ${facetSql(param)}`).join(', ')}) AS facets`;
  return { text, params: sql.params };
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function searchMeetings(prisma: Db, query: MeetingQuery, when: AgendaWhen = 'upcoming', options: { offeringId?: string; now?: Date } = {}): Promise<MeetingSearchResult> {
  const { text, params } = buildMeetingSearchSql(query, when, options.now ?? new Date(), options);
  const [row] = await prisma.$queryRawUnsafe<{ total: number; items: unknown; facets: unknown }[]>(text, ...params);
  const facets = parseJson<MeetingFacets>(row!.facets);
  for (const name of MEETING_SINGLE_FILTERS) facets[name] = Object.fromEntries(MEETING_FILTERS[name].values.map((value) => [value, facets[name][value] ?? 0]));
  const items = parseJson<MeetingSummary[]>(row!.items).map((item) => ({
    ...item,
    startsAt: new Date(item.startsAt).toISOString(),
    endsAt: new Date(item.endsAt).toISOString(),
    updatedAt: new Date(item.updatedAt).toISOString(),
  }));
  return { items, total: row!.total, page: query.page, pageSize: query.pageSize, facets };
}

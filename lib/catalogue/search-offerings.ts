// Searching the public catalogue (aanbod): one SQL statement gives the page of results, the total and
// the facet counts of the current result. Dutch full-text search with stemming on the generated
// `search` column, widened with typo corrections of title words (decision 0010).
import type { Db } from '@/lib/db/client';
import { FORM_INTENSITY, type OfferingQuery } from '@/lib/catalogue/offering-query';
import { fullTextQuery, searchWords, typoCorrections, MIN_CORRECTABLE_LENGTH } from '@/lib/catalogue/typo-tolerance';

/** One offering in a result list and in the open-data API. */
export interface OfferingSummary {
  slug: string;
  title: string;
  summary: string;
  provider: string | null;
  themes: string[];
  learningForm: string;
  intensity: string;
  scales: string[];
  provinces: string[];
  targetGroups: string[];
  levels: string[];
  disciplinarity: string | null;
  openToJoin: boolean;
  capacity: number | null;
  participants: number | null;
  startDate: string | null;
  publishedAt: string | null;
}

export const FACET_NAMES = ['theme', 'form', 'intensity', 'scale', 'province', 'targetGroup', 'level', 'disciplinarity', 'open'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/** Per facet, per value: the number of offerings in the current result that have it. */
export type Facets = Record<FacetName, Record<string, number>>;

export interface OfferingSearchResult {
  items: OfferingSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: Facets;
  /** The search words that were widened with typo corrections, e.g. { amstredam: ['amsterdam'] }. */
  corrections: Record<string, string[]>;
}

/** A parameterised SQL text under construction. */
class Sql {
  readonly params: unknown[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** Title words the search words may be typos of (trigram candidates, checked by edit distance). */
async function findCorrections(prisma: Db, words: string[]): Promise<Map<string, string[]>> {
  const correctable = [...new Set(words.filter((word) => word.length >= MIN_CORRECTABLE_LENGTH))];
  if (correctable.length === 0) return new Map();
  const candidates = await prisma.$queryRawUnsafe<{ query: string; word: string }[]>(
    `SELECT q.word AS query, t.word
       FROM unnest($1::text[]) AS q(word)
       JOIN offering_title_words t ON t.word % q.word`,
    correctable,
  );
  return typoCorrections(words, candidates);
}

/** The WHERE clause of a query: only published offerings, every filter given. */
function whereClause(sql: Sql, query: OfferingQuery, tsquery: string | undefined): string {
  const conditions = [`o.status = 'published'`];
  const overlap = (column: string, values: string[]) => values.length > 0 && conditions.push(`o.${column} && ${sql.param(values)}::text[]`);
  const oneOf = (column: string, values: string[]) => values.length > 0 && conditions.push(`o.${column} = ANY(${sql.param(values)}::text[])`);
  if (tsquery) conditions.push(`o.search @@ to_tsquery('dutch', ${sql.param(tsquery)})`);
  overlap('themes', query.theme);
  oneOf('learning_form_id', query.form);
  if (query.intensity.length > 0) {
    oneOf('learning_form_id', Object.keys(FORM_INTENSITY).filter((form) => query.intensity.includes(FORM_INTENSITY[form]!)));
  }
  overlap('scales', query.scale);
  overlap('provinces', query.province);
  overlap('target_groups', query.targetGroup);
  overlap('levels', query.level);
  oneOf('disciplinarity', query.disciplinarity);
  if (query.open) conditions.push(`o.open_to_join = ${query.open === 'true'}`);
  return conditions.join(' AND ');
}

/** The sort order; relevance only means something with search words, otherwise newest first. */
function orderBy(query: OfferingQuery, hasText: boolean, alias: string): string {
  const sort = query.sort ?? (hasText ? 'relevance' : 'newest');
  switch (sort) {
    case 'relevance':
      return hasText ? `${alias}.rank DESC, ${alias}.published_at DESC NULLS LAST, ${alias}.id` : `${alias}.published_at DESC NULLS LAST, ${alias}.id`;
    case 'newest':
      return `${alias}.published_at DESC NULLS LAST, ${alias}.id`;
    case 'starting-soon':
      return `CASE WHEN ${alias}.start_date >= CURRENT_DATE THEN ${alias}.start_date END ASC NULLS LAST, ${alias}.published_at DESC NULLS LAST, ${alias}.id`;
  }
}

function facetSql(column: string, multiValued: boolean): string {
  const value = multiValued ? `unnest(m.${column})` : `m.${column}::text`;
  return `(SELECT coalesce(json_object_agg(f.value, f.count), '{}') FROM (
            SELECT ${value} AS value, count(*) AS count FROM matched m GROUP BY 1
          ) f WHERE f.value IS NOT NULL)`;
}

/** The SQL statement of a search and its parameters (also used bare by the benchmark). */
export function buildSearchSql(query: OfferingQuery, tsquery: string | undefined): { text: string; params: unknown[] } {
  const sql = new Sql();
  const rank = tsquery ? `ts_rank_cd(o.search, to_tsquery('dutch', ${sql.param(tsquery)}))` : '0';
  const where = whereClause(sql, query, tsquery);
  const limit = sql.param(query.pageSize);
  const offset = sql.param((query.page - 1) * query.pageSize);
  // The CTE keeps only what the facets and the sort need (narrow rows stay in memory); the page's
  // rows are read back from offerings by id.
  const text = `
    WITH matched AS MATERIALIZED (
      SELECT o.id, o.themes, o.learning_form_id, o.scales, o.provinces, o.target_groups, o.levels,
             o.disciplinarity, o.open_to_join, o.start_date, o.published_at, ${rank} AS rank
        FROM offerings o
       WHERE ${where}
    ),
    page AS (
      SELECT m.id, m.rank FROM matched m ORDER BY ${orderBy(query, Boolean(tsquery), 'm')} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(p ORDER BY ${orderBy(query, Boolean(tsquery), 'p')}), '[]')
         FROM (SELECT o.id, o.slug, o.title, o.summary, o.provider, o.themes, o.learning_form_id, o.scales, o.provinces,
                      o.target_groups, o.levels, o.disciplinarity, o.open_to_join, o.capacity, o.participants,
                      o.start_date, o.published_at, page.rank
                 FROM page JOIN offerings o ON o.id = page.id) p) AS items,
      json_build_object(
        'theme', ${facetSql('themes', true)},
        'form', ${facetSql('learning_form_id', false)},
        'scale', ${facetSql('scales', true)},
        'province', ${facetSql('provinces', true)},
        'targetGroup', ${facetSql('target_groups', true)},
        'level', ${facetSql('levels', true)},
        'disciplinarity', ${facetSql('disciplinarity', false)},
        'open', ${facetSql('open_to_join', false)}
      ) AS facets`;
  return { text, params: sql.params };
}

interface ItemRow {
  slug: string;
  title: string;
  summary: string;
  provider: string | null;
  themes: string[];
  learning_form_id: string;
  scales: string[];
  provinces: string[];
  target_groups: string[];
  levels: string[];
  disciplinarity: string | null;
  open_to_join: boolean;
  capacity: number | null;
  participants: number | null;
  start_date: string | null;
  published_at: string | null;
}

function toSummary(row: ItemRow): OfferingSummary {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    provider: row.provider,
    themes: row.themes,
    learningForm: row.learning_form_id,
    intensity: FORM_INTENSITY[row.learning_form_id] ?? 'light',
    scales: row.scales,
    provinces: row.provinces,
    targetGroups: row.target_groups,
    levels: row.levels,
    disciplinarity: row.disciplinarity,
    openToJoin: row.open_to_join,
    capacity: row.capacity,
    participants: row.participants,
    startDate: row.start_date,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
  };
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The to_tsquery text for a search, with typo corrections, or undefined without search words. */
export async function prepareTextQuery(prisma: Db, q: string | undefined) {
  const words = searchWords(q ?? '');
  if (words.length === 0) return { tsquery: undefined, corrections: new Map<string, string[]>() };
  const corrections = await findCorrections(prisma, words);
  return { tsquery: fullTextQuery(words, corrections), corrections };
}

export async function searchOfferings(prisma: Db, query: OfferingQuery): Promise<OfferingSearchResult> {
  const { tsquery, corrections } = await prepareTextQuery(prisma, query.q);
  const { text, params } = buildSearchSql(query, tsquery);
  const [row] = await prisma.$queryRawUnsafe<{ total: number; items: unknown; facets: unknown }[]>(text, ...params);
  const facets = parseJson<Omit<Facets, 'intensity' | 'open'> & { open: Record<string, number> }>(row!.facets);
  const intensity: Record<string, number> = {};
  for (const [form, count] of Object.entries(facets.form)) {
    const group = FORM_INTENSITY[form];
    if (group) intensity[group] = (intensity[group] ?? 0) + count;
  }
  return {
    items: parseJson<ItemRow[]>(row!.items).map(toSummary),
    total: row!.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: { ...facets, intensity, open: { true: facets.open.true ?? 0, false: facets.open.false ?? 0 } },
    corrections: Object.fromEntries(corrections),
  };
}

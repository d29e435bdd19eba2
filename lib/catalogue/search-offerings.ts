// Searching the public catalogue (aanbod): the page of results, the total and the facet counts of the
// current result. Dutch full-text search with stemming on the generated `search` column, widened with
// typo corrections of title words (decision 0010). The search index in memory answers when it matches
// the catalogue's version (decision 0130); otherwise one SQL statement does, with the same result.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { OfferingQuery } from '@/lib/catalogue/offering-query';
import type { OfferingSummary } from '@/lib/catalogue/offering-summary';
import { FILTER_NAMES, FILTER_PARAMS, filterSql, OFFERING_FILTERS, SINGLE_FILTER_NAMES, type OfferingFilterParam } from '@/lib/catalogue/offering-filters';
import { fullTextQuery, searchWords, typoCorrections, MIN_CORRECTABLE_LENGTH } from '@/lib/catalogue/typo-tolerance';
import { currentIndex, searchIndex } from '@/lib/catalogue/catalogue-index.server';

export type { OfferingSummary };

/** Every filter has a facet, under its parameter's name. */
export const FACET_NAMES = FILTER_PARAMS;
export type FacetName = OfferingFilterParam;
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

/** The WHERE clause of a query: only published offerings, every filter given (its row in the registry). */
function whereClause(sql: Sql, query: OfferingQuery, tsquery: string | undefined): string {
  const conditions = [`o.status = 'published'`];
  if (tsquery) conditions.push(`o.search @@ to_tsquery('dutch', ${sql.param(tsquery)})`);
  for (const name of FILTER_NAMES) {
    const chosen = query[name];
    if (chosen.length === 0) continue;
    const filter = OFFERING_FILTERS[name];
    if ('storedValues' in filter) conditions.push(`o.${filter.column} = ANY(${sql.param(filter.storedValues(chosen))}::text[])`);
    else if (filter.multi) conditions.push(`${filterSql(name, 'o')} && ${sql.param(chosen)}::text[]`);
    else conditions.push(`${filterSql(name, 'o')} = ANY(${sql.param(chosen)}::text[])`);
  }
  for (const name of SINGLE_FILTER_NAMES) {
    const chosen = query[name];
    if (chosen !== undefined) conditions.push(`${filterSql(name, 'o')}::text = ${sql.param(chosen)}`);
  }
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

/** Per value of a filter, how many offerings of the result have it (a list column counts each element). */
function facetSql(param: OfferingFilterParam): string {
  const value = OFFERING_FILTERS[param].multi ? `unnest(m."${param}")` : `m."${param}"::text`;
  return `(SELECT coalesce(json_object_agg(f.value, f.count), '{}') FROM (
            SELECT ${value} AS value, count(*) AS count FROM matched m GROUP BY 1
          ) f WHERE f.value IS NOT NULL)`;
}

/** The columns of an item of the result, each filter's value under its field's name. */
function itemColumns(): string {
  const itemFields = FILTER_PARAMS.map((param) => `${filterSql(param, 'o')} AS "${OFFERING_FILTERS[param].field}"`).join(', ');
  return `o.id, o.slug, o.title, o.summary, o.provider, ${itemFields}, o.capacity, o.participants, o.start_date, o.published_at,
          o.needs_verification, o.last_verified_at`;
}

/** The SQL statement of a search and its parameters (also used bare by the benchmark). */
export function buildSearchSql(query: OfferingQuery, tsquery: string | undefined): { text: string; params: unknown[] } {
  const sql = new Sql();
  const rank = tsquery ? `ts_rank_cd(o.search, to_tsquery('dutch', ${sql.param(tsquery)}))` : '0';
  const where = whereClause(sql, query, tsquery);
  const limit = sql.param(query.pageSize);
  const offset = sql.param((query.page - 1) * query.pageSize);
  // The CTE keeps only what the facets and the sort need (narrow rows stay in memory), each filter's
  // value under its parameter's name; the page's rows are read back from offerings by id.
  const facetColumns = FILTER_PARAMS.map((param) => `${filterSql(param, 'o')} AS "${param}"`).join(', ');
  const text = `
    WITH matched AS MATERIALIZED (
      SELECT o.id, ${facetColumns}, o.start_date, o.published_at, ${rank} AS rank
        FROM offerings o
       WHERE ${where}
    ),
    page AS (
      SELECT m.id, m.rank FROM matched m ORDER BY ${orderBy(query, Boolean(tsquery), 'm')} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(p ORDER BY ${orderBy(query, Boolean(tsquery), 'p')}), '[]')
         FROM (SELECT ${itemColumns()}, page.rank
                 FROM page JOIN offerings o ON o.id = page.id) p) AS items,
      json_build_object(${FILTER_PARAMS.map((param) => `'${param}', ${facetSql(param)}`).join(', ')}) AS facets`;
  return { text, params: sql.params };
}

/** A row of the page as the SQL gives it: each filter's value already under its field's name. */
type ItemRow = Omit<OfferingSummary, 'startDate' | 'publishedAt' | 'needsVerification' | 'lastVerifiedAt'> & {
  start_date: string | null;
  published_at: string | null;
  needs_verification: boolean;
  last_verified_at: string | null;
};

function toSummary(row: ItemRow): OfferingSummary {
  const fields = Object.fromEntries(FILTER_PARAMS.map((param) => [OFFERING_FILTERS[param].field, row[OFFERING_FILTERS[param].field]]));
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    provider: row.provider,
    ...(fields as Pick<OfferingSummary, (typeof OFFERING_FILTERS)[OfferingFilterParam]['field']>),
    capacity: row.capacity,
    participants: row.participants,
    startDate: row.start_date,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
    needsVerification: row.needs_verification,
    lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at).toISOString() : null,
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

/** A filter that takes one value counts every value, also those no offering has. */
function completeFacets(facets: Facets): Facets {
  for (const name of SINGLE_FILTER_NAMES) facets[name] = Object.fromEntries(OFFERING_FILTERS[name].values.map((value) => [value, facets[name][value] ?? 0]));
  return facets;
}

/** The search as one SQL statement: the source of truth the index is checked against, and the fallback. */
export async function searchOfferingsInSql(prisma: Db, query: OfferingQuery): Promise<OfferingSearchResult> {
  const { tsquery, corrections } = await prepareTextQuery(prisma, query.q);
  const { text, params } = buildSearchSql(query, tsquery);
  const [row] = await prisma.$queryRawUnsafe<{ total: number; items: unknown; facets: unknown }[]>(text, ...params);
  return {
    items: parseJson<ItemRow[]>(row!.items).map(toSummary),
    total: row!.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: completeFacets(parseJson<Facets>(row!.facets)),
    corrections: Object.fromEntries(corrections),
  };
}

export async function searchOfferings(prisma: Db, query: OfferingQuery): Promise<OfferingSearchResult> {
  const { tsquery, corrections } = await prepareTextQuery(prisma, query.q);
  const current = await currentIndex(prisma, tsquery);
  if (!current) return searchOfferingsInSql(prisma, query);
  const found = searchIndex(current.index, query, current.text, current.today);
  let items: OfferingSummary[] = [];
  if (found.pageIds.length > 0) {
    const [row] = await prisma.$queryRawUnsafe<{ items: unknown }[]>(
      `SELECT coalesce(json_agg(p), '[]') AS items FROM (SELECT ${itemColumns()} FROM offerings o WHERE o.id = ANY($1::uuid[])) p`,
      found.pageIds,
    );
    const byId = new Map(parseJson<(ItemRow & { id: string })[]>(row!.items).map((item) => [item.id, item]));
    items = found.pageIds.flatMap((id) => (byId.has(id) ? [toSummary(byId.get(id)!)] : []));
  }
  return {
    items,
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: completeFacets(found.facets as Facets),
    corrections: Object.fromEntries(corrections),
  };
}

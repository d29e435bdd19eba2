// Searching the knowledge base (kennisbank): one SQL statement gives the page of published products,
// the total and the facet counts of the current result. Dutch full-text search on the generated
// `search` column, widened with typo corrections of title words, as the catalogue does (decision 0010).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { fullTextQuery, MIN_CORRECTABLE_LENGTH, searchWords, typoCorrections } from '@/lib/catalogue/typo-tolerance';
import { KNOWLEDGE_FACET_NAMES, KNOWLEDGE_FACETS, type KnowledgeFacet, type KnowledgeQuery } from './knowledge-query';

export interface KnowledgeProductSummary {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  themes: string[];
  targetGroups: string[];
  learningForms: string[];
  authors: string | null;
  organisation: string | null;
  publishedOn: string | null;
  language: string;
  url: string | null;
  hasFile: boolean;
}

export interface KnowledgeSearchResult {
  items: KnowledgeProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<KnowledgeFacet, Record<string, number>>;
  corrections: Record<string, string[]>;
}

/** Title words of knowledge products the search words may be typos of. */
async function findCorrections(prisma: Db, words: string[]): Promise<Map<string, string[]>> {
  const correctable = [...new Set(words.filter((word) => word.length >= MIN_CORRECTABLE_LENGTH))];
  if (correctable.length === 0) return new Map();
  const candidates = await prisma.$queryRawUnsafe<{ query: string; word: string }[]>(
    `SELECT q.word AS query, t.word
       FROM unnest($1::text[]) AS q(word)
       JOIN knowledge_product_title_words t ON t.word % q.word`,
    correctable,
  );
  return typoCorrections(words, candidates);
}

export const SUMMARY_COLUMNS = `k.slug, k.kind, k.title, k.summary, k.themes, k.target_groups AS "targetGroups", k.learning_forms AS "learningForms",
  k.authors, k.organisation, to_char(k.published_on, 'YYYY-MM-DD') AS "publishedOn", k.language, k.url, (k.file_key IS NOT NULL) AS "hasFile"`;

/** The statement and its parameters (also used bare by the benchmark). */
export function buildKnowledgeSearchSql(query: KnowledgeQuery, tsquery: string | undefined): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`k.status = 'published'`];
  const rank = tsquery ? `ts_rank_cd(k.search, to_tsquery('dutch', ${param(tsquery)}))` : '0';
  if (tsquery) conditions.push(`k.search @@ to_tsquery('dutch', $1)`);
  for (const name of KNOWLEDGE_FACET_NAMES) {
    const chosen = query[name];
    if (chosen.length === 0) continue;
    const facet = KNOWLEDGE_FACETS[name];
    conditions.push(facet.multi ? `k.${facet.column} && ${param(chosen)}::text[]` : `k.${facet.column} = ANY(${param(chosen)}::text[])`);
  }
  const limit = param(query.pageSize);
  const offset = param((query.page - 1) * query.pageSize);
  const order = tsquery ? 'm.rank DESC, m.published_at DESC NULLS LAST, m.id' : 'm.published_at DESC NULLS LAST, m.id';
  const facetSql = (name: KnowledgeFacet) => {
    const facet = KNOWLEDGE_FACETS[name];
    const value = facet.multi ? `unnest(m.${facet.column})` : `m.${facet.column}`;
    return `'${name}', (SELECT coalesce(json_object_agg(f.value, f.count), '{}') FROM (SELECT ${value} AS value, count(*) AS count FROM matched m GROUP BY 1) f)`;
  };
  const text = `
    WITH matched AS MATERIALIZED (
      SELECT k.id, k.kind, k.themes, k.target_groups, k.learning_forms, k.published_at, ${rank} AS rank
        FROM knowledge_products k
       WHERE ${conditions.join(' AND ')}
    ),
    page AS (SELECT m.id, m.rank, m.published_at FROM matched m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(p ORDER BY p.ord), '[]') FROM (
         SELECT ${SUMMARY_COLUMNS}, row_number() OVER (ORDER BY ${order.replaceAll('m.', 'page.')}) AS ord
           FROM page JOIN knowledge_products k ON k.id = page.id) p) AS items,
      json_build_object(${KNOWLEDGE_FACET_NAMES.map(facetSql).join(', ')}) AS facets`;
  return { text, params };
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export async function searchKnowledgeProducts(prisma: Db, query: KnowledgeQuery): Promise<KnowledgeSearchResult> {
  const words = searchWords(query.q ?? '');
  const corrections = words.length > 0 ? await findCorrections(prisma, words) : new Map<string, string[]>();
  const tsquery = words.length > 0 ? fullTextQuery(words, corrections) : undefined;
  const { text, params } = buildKnowledgeSearchSql(query, tsquery);
  const [row] = await prisma.$queryRawUnsafe<{ total: number; items: unknown; facets: unknown }[]>(text, ...params);
  const items = parseJson<(KnowledgeProductSummary & { ord?: number })[]>(row!.items).map((item) => {
    delete item.ord;
    return item;
  });
  return {
    items,
    total: row!.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: parseJson<KnowledgeSearchResult['facets']>(row!.facets),
    corrections: Object.fromEntries(corrections),
  };
}

/** Published products on any of the given themes / learning forms / offerings, newest first (for other pages). */
export async function listRelatedKnowledgeProducts(
  prisma: Db,
  by: { themes?: string[]; learningForms?: string[]; offeringIds?: string[] },
  limit = 5,
): Promise<KnowledgeProductSummary[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (by.themes?.length) conditions.push(`k.themes && $${params.push(by.themes)}::text[]`);
  if (by.learningForms?.length) conditions.push(`k.learning_forms && $${params.push(by.learningForms)}::text[]`);
  // Products of the offering itself come first.
  let fromOffering = '';
  if (by.offeringIds?.length) {
    fromOffering = `EXISTS (SELECT 1 FROM knowledge_product_offerings ko WHERE ko.knowledge_product_id = k.id AND ko.offering_id = ANY($${params.push(by.offeringIds)}::uuid[]))`;
    conditions.push(fromOffering);
  }
  if (conditions.length === 0) return [];
  return prisma.$queryRawUnsafe<KnowledgeProductSummary[]>(
    `SELECT ${SUMMARY_COLUMNS} FROM knowledge_products k
      WHERE k.status = 'published' AND (${conditions.join(' OR ')})
      ORDER BY ${fromOffering ? `(${fromOffering}) DESC, ` : ''}k.published_at DESC NULLS LAST, k.id
      LIMIT ${Math.max(1, Math.min(50, Math.trunc(limit)))}`,
    ...params,
  );
}

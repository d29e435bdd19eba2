// The knowledge-base query: one zod schema for GET /api/knowledge-products and the /kennisbank page,
// whose URL uses the same parameter names. Repeated parameters mean OR within a facet; different
// facets AND. Strict for the API (400 naming the parameter), lenient for people (a bad value is
// left out on its own).
import { z } from 'zod';
import { dataFilterList, filterList, wholeNumber } from '@/lib/catalogue/offering-query';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { KNOWLEDGE_KINDS } from './knowledge-vocabularies';

/** Each facet: its URL parameter, the column it filters, its values. */
export const KNOWLEDGE_FACETS = {
  kind: { column: 'kind', multi: false, values: KNOWLEDGE_KINDS },
  theme: { column: 'themes', multi: true, values: THEME_IDS },
  targetGroup: { column: 'target_groups', multi: true, values: TARGET_GROUPS },
  form: { column: 'learning_forms', multi: true, values: LEARNING_FORM_IDS },
} as const satisfies Record<string, { column: string; multi: boolean; values: readonly [string, ...string[]] }>;

export type KnowledgeFacet = keyof typeof KNOWLEDGE_FACETS;
export const KNOWLEDGE_FACET_NAMES = Object.keys(KNOWLEDGE_FACETS) as KnowledgeFacet[];

export const KNOWLEDGE_PAGE_SIZE = 20;

export const knowledgeQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  kind: filterList(KNOWLEDGE_FACETS.kind.values),
  // Themes are data the team edits (decision 0120): well-formed ids; unknown ones match nothing.
  theme: dataFilterList(),
  targetGroup: filterList(KNOWLEDGE_FACETS.targetGroup.values),
  form: filterList(KNOWLEDGE_FACETS.form.values),
  page: wholeNumber(1, 10_000).default(1),
  pageSize: wholeNumber(1, 100).default(KNOWLEDGE_PAGE_SIZE),
});

export type KnowledgeQuery = z.output<typeof knowledgeQuerySchema>;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Query parameters as the plain object the schema reads: facets as arrays; unknown ones left out. */
export function readKnowledgeQueryParams(params: Params): Record<string, unknown> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v])));
  const raw: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if ((KNOWLEDGE_FACET_NAMES as string[]).includes(key)) raw[key] = [...((raw[key] as string[] | undefined) ?? []), value];
    else if (key in knowledgeQuerySchema.shape && !(key in raw)) raw[key] = value;
  }
  return raw;
}

/** For people: a facet value outside its vocabulary, or any other bad parameter, is left out on its own. */
export function readKnowledgeQueryLeniently(params: Params): KnowledgeQuery {
  const raw = readKnowledgeQueryParams(params);
  for (const name of KNOWLEDGE_FACET_NAMES) {
    const allowed: readonly string[] = KNOWLEDGE_FACETS[name].values;
    if (Array.isArray(raw[name])) raw[name] = (raw[name] as string[]).filter((value) => allowed.includes(value));
  }
  const parsed = knowledgeQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) delete raw[String(issue.path[0])];
  return knowledgeQuerySchema.parse(raw);
}

/** The query as URL parameters (links, paging); defaults left out. */
export function knowledgeQueryToParams(query: Partial<KnowledgeQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of KNOWLEDGE_FACET_NAMES) for (const value of query[name] ?? []) params.append(name, value);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== KNOWLEDGE_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

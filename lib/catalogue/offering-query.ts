// The catalogue query (zoekopdracht in het aanbod): one zod schema for GET /api/offerings, the CSV
// export and the /aanbod page, whose URL uses the same parameter names. Repeated parameters mean OR
// within a filter; different filters AND. The filters themselves are the rows of `offering-filters.ts`.
import { z } from 'zod';
import { parseInput } from '@/lib/validation/parse-input';
import { FILTER_NAMES, FILTER_PARAMS, OFFERING_FILTERS, SINGLE_FILTER_NAMES, type FilterName, type SingleFilterName } from '@/lib/catalogue/offering-filters';
import { themeIdSchema } from '@/lib/themes/theme-id';

export { FILTER_NAMES, type FilterName } from '@/lib/catalogue/offering-filters';

export const OFFERING_SORTS = ['relevance', 'newest', 'starting-soon'] as const;
export type OfferingSort = (typeof OFFERING_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: 'notInteger' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A repeatable filter: a list of known values, each once. */
export const filterList = (values: readonly [string, ...string[]]) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    .transform((list): string[] => [...new Set(list)]);

/** A repeatable filter over a data vocabulary (themes): well-formed ids, each once. */
export const dataFilterList = () =>
  z
    .array(themeIdSchema)
    .max(100)
    .default([])
    .transform((list): string[] => [...new Set(list)]);

/** A filter that takes one value. */
const filterValue = (values: readonly [string, ...string[]]) => z.enum(values).optional();

/** The schema of every filter, from the registry. */
const filterShape = Object.fromEntries([
  ...FILTER_NAMES.map((name) => [name, 'vocabulary' in OFFERING_FILTERS[name] ? dataFilterList() : filterList(OFFERING_FILTERS[name].values)]),
  ...SINGLE_FILTER_NAMES.map((name) => [name, filterValue(OFFERING_FILTERS[name].values)]),
]) as { [K in FilterName]: ReturnType<typeof filterList> } & { [K in SingleFilterName]: ReturnType<typeof filterValue> };

export const offeringQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  ...filterShape,
  sort: z.enum(OFFERING_SORTS).optional(),
  page: wholeNumber(1, 10_000).default(1),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export type OfferingQuery = z.output<typeof offeringQuerySchema>;

const LIST_PARAMS = new Set<string>(FILTER_NAMES);

/**
 * Query parameters (URLSearchParams, or a Next.js page's searchParams) as the plain object the
 * schema reads: filters always as arrays, other parameters as their first value. Unknown
 * parameters are left out.
 */
export function readOfferingQueryParams(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v])));
  const raw: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (LIST_PARAMS.has(key)) raw[key] = [...((raw[key] as string[] | undefined) ?? []), value];
    else if (key in offeringQuerySchema.shape && !(key in raw)) raw[key] = value;
  }
  return raw;
}

/**
 * The query read leniently, for people (the /aanbod page, the link to follow a search): a filter
 * value outside its vocabulary is left out on its own, any other bad parameter as a whole. `ignored`
 * names the parameters that lost something, so the page can say so. The API reads strictly instead
 * (`read-offering-query.ts`: 400 naming the parameter).
 */
export function readOfferingQueryLeniently(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
  /** The values of the data vocabularies as read for the request (the themes' ids); without them, any well-formed id. */
  known: { themes?: readonly string[] } = {},
): { query: OfferingQuery; ignored: string[] } {
  const raw = readOfferingQueryParams(params);
  const ignored = new Set<string>();
  for (const name of FILTER_PARAMS) {
    const given = raw[name];
    if (given === undefined) continue;
    const filter = OFFERING_FILTERS[name];
    const allowed = {
      includes: (value: string) =>
        'vocabulary' in filter ? (known.themes ? known.themes.includes(value) : themeIdSchema.safeParse(value).success) : (filter.values as readonly string[]).includes(value),
    };
    const list = Array.isArray(given) ? (given as string[]) : [String(given)];
    const kept = [...new Set(list.filter((value) => allowed.includes(value)))];
    if (kept.length === list.length) continue;
    ignored.add(name);
    if (Array.isArray(given)) raw[name] = kept;
    else delete raw[name];
  }
  const parsed = parseInput(offeringQuerySchema, raw);
  if (parsed.success) return { query: parsed.data, ignored: [...ignored] };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    ignored.add(key);
    delete raw[key];
  }
  return { query: offeringQuerySchema.parse(raw), ignored: [...ignored] };
}

/** The query as URL parameters (for links, pagination and the CSV export); defaults are left out. */
export function offeringQueryToParams(query: Partial<OfferingQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTER_NAMES) for (const value of query[name] ?? []) params.append(name, value);
  for (const name of SINGLE_FILTER_NAMES) if (query[name]) params.set(name, query[name]);
  if (query.sort) params.set('sort', query.sort);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

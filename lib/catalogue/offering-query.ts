// The catalogue query (zoekopdracht in het aanbod): one zod schema for GET /api/offerings, the CSV
// export and the /aanbod page, whose URL uses the same parameter names. Repeated parameters mean OR
// within a filter; different filters AND.
import { z } from 'zod';
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { DISCIPLINARITIES, INTENSITIES, LEARNING_LEVELS, PROVINCES, SCALES, TARGET_GROUPS, type Intensity } from '@/lib/reference/vocabularies';

export const OFFERING_SORTS = ['relevance', 'newest', 'starting-soon'] as const;
export type OfferingSort = (typeof OFFERING_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The filters of the catalogue, in the order the page shows them; each is a repeatable parameter. */
export const FILTER_VALUES = {
  theme: THEME_IDS,
  form: LEARNING_FORM_IDS,
  intensity: INTENSITIES,
  scale: SCALES,
  province: PROVINCES,
  targetGroup: TARGET_GROUPS,
  level: LEARNING_LEVELS,
  disciplinarity: DISCIPLINARITIES,
} as const;
export type FilterName = keyof typeof FILTER_VALUES;
export const FILTER_NAMES = Object.keys(FILTER_VALUES) as FilterName[];

/** Intensity is the learning form's group in the menukaart (light / intensive / system). */
export const FORM_INTENSITY: Record<string, Intensity> = Object.fromEntries(
  learningForms.forms.map((form) => [form.id, form.intensity as Intensity]),
);

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, { error: 'notInteger' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const filterList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    .transform((list) => [...new Set(list)]);

export const offeringQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  theme: filterList(FILTER_VALUES.theme),
  form: filterList(FILTER_VALUES.form),
  intensity: filterList(FILTER_VALUES.intensity),
  scale: filterList(FILTER_VALUES.scale),
  province: filterList(FILTER_VALUES.province),
  targetGroup: filterList(FILTER_VALUES.targetGroup),
  level: filterList(FILTER_VALUES.level),
  disciplinarity: filterList(FILTER_VALUES.disciplinarity),
  /** "true": only offerings open to join; "false": only closed ones. */
  open: z.enum(['true', 'false']).optional(),
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

/** The query as URL parameters (for links, pagination and the CSV export); defaults are left out. */
export function offeringQueryToParams(query: Partial<OfferingQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTER_NAMES) for (const value of query[name] ?? []) params.append(name, value);
  if (query.open) params.set('open', query.open);
  if (query.sort) params.set('sort', query.sort);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

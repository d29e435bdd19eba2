// A followed catalogue search: the filters of /aanbod a visitor wants to hear about (one schema for
// the follow form, the API and the digest job), and the SQL that finds new offerings matching them.
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import { PROVINCES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';

const slug = z.string().trim().regex(/^[a-z0-9-]{2,80}$/);
const list = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(20));

/** The catalogue's filters, as /aanbod names them in its address. */
export const searchFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().transform((value) => value || undefined),
  thema: list(slug),
  leervorm: list(slug),
  schaal: list(z.enum(SCALES)),
  provincie: list(z.enum(PROVINCES)),
  doelgroep: list(z.enum(TARGET_GROUPS)),
});
export type SearchFilters = z.output<typeof searchFiltersSchema>;

export const followSearchSchema = z.object({
  email: z.email().max(254),
  filters: searchFiltersSchema,
});
export type FollowSearchInput = z.input<typeof followSearchSchema>;

/** Reads the filters from a query string such as ?thema=poverty&provincie=utrecht&q=wijk. */
export function filtersFromQuery(params: Record<string, string | string[] | undefined>): SearchFilters {
  const parsed = searchFiltersSchema.safeParse(params);
  return parsed.success ? parsed.data : searchFiltersSchema.parse({});
}

export function filtersToQuery(filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of ['thema', 'leervorm', 'schaal', 'provincie', 'doelgroep'] as const) for (const value of filters[key]) params.append(key, value);
  return params.toString();
}

/** Published offerings matching the filters, published after `since`. */
export function matchingOfferingsWhere(filters: SearchFilters, since: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o.status = 'published'`, Prisma.sql`o.published_at > ${since}`];
  if (filters.q) conditions.push(Prisma.sql`o.search @@ websearch_to_tsquery('dutch', ${filters.q})`);
  if (filters.thema.length) conditions.push(Prisma.sql`o.themes && ${filters.thema}::text[]`);
  if (filters.leervorm.length) conditions.push(Prisma.sql`o.learning_form_id = ANY(${filters.leervorm}::text[])`);
  if (filters.schaal.length) conditions.push(Prisma.sql`o.scales && ${filters.schaal}::text[]`);
  if (filters.provincie.length) conditions.push(Prisma.sql`o.provinces && ${filters.provincie}::text[]`);
  if (filters.doelgroep.length) conditions.push(Prisma.sql`o.target_groups && ${filters.doelgroep}::text[]`);
  return Prisma.join(conditions, ' AND ');
}

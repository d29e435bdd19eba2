// A followed catalogue search: the filters of /aanbod a visitor wants to hear about. It is the
// catalogue's own query (same schema, same parameter names, same SQL), without sort and paging.
import { z } from 'zod';
import { offeringQuerySchema, offeringQueryToParams, readOfferingQueryParams } from '@/lib/catalogue/offering-query';

/** The catalogue's filters, as /aanbod and GET /api/offerings name them. */
export const searchFiltersSchema = offeringQuerySchema.pick({
  q: true,
  theme: true,
  form: true,
  intensity: true,
  scale: true,
  province: true,
  targetGroup: true,
  level: true,
  disciplinarity: true,
  open: true,
});
export type SearchFilters = z.output<typeof searchFiltersSchema>;

export const followSearchSchema = z.object({
  email: z.email().max(254),
  filters: searchFiltersSchema,
});
export type FollowSearchInput = z.input<typeof followSearchSchema>;

/** Reads the filters from the catalogue's query string (?theme=poverty&province=utrecht&q=wijk); invalid values are left out. */
export function filtersFromQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): SearchFilters {
  const parsed = searchFiltersSchema.safeParse(readOfferingQueryParams(params));
  return parsed.success ? parsed.data : searchFiltersSchema.parse({});
}

export function filtersToQuery(filters: SearchFilters): string {
  return offeringQueryToParams(filters).toString();
}

// A followed catalogue search: the filters of /aanbod a visitor wants to hear about. It is the
// catalogue's own query (same schema, same parameter names, same SQL), without sort and paging.
import { z } from 'zod';
import { FILTER_PARAMS, type OfferingFilterParam } from '@/lib/catalogue/offering-filters';
import { offeringQuerySchema, offeringQueryToParams, readOfferingQueryLeniently } from '@/lib/catalogue/offering-query';

const FOLLOWED_PARAMS = { q: true, ...Object.fromEntries(FILTER_PARAMS.map((param) => [param, true])) } as { q: true } & Record<OfferingFilterParam, true>;

/** The catalogue's filters, as /aanbod and GET /api/offerings name them (every row of the filter registry). */
export const searchFiltersSchema = offeringQuerySchema.pick(FOLLOWED_PARAMS);
export type SearchFilters = z.output<typeof searchFiltersSchema>;

export const followSearchSchema = z.object({
  email: z.email().max(254),
  filters: searchFiltersSchema,
});
export type FollowSearchInput = z.input<typeof followSearchSchema>;

/**
 * Reads the filters from the catalogue's query string (?theme=poverty&province=utrecht&q=wijk) as
 * /aanbod does: a value that is not valid is left out on its own, the other filters stay. `known`:
 * the learning agenda's theme ids as read for the request.
 */
export function filtersFromQuery(params: URLSearchParams | Record<string, string | string[] | undefined>, known: { themes?: readonly string[] } = {}): SearchFilters {
  return searchFiltersSchema.parse(readOfferingQueryLeniently(params, known).query);
}

export function filtersToQuery(filters: SearchFilters): string {
  return offeringQueryToParams(filters).toString();
}

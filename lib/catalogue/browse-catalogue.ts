// What the /aanbod page shows for its URL: the result, the parts of the URL that were not valid
// (left out rather than refused, for people), and, when nothing was found, how many offerings each
// filter would give when let go.
import type { Db } from '@/lib/db/client';
import { FILTER_NAMES, offeringQuerySchema, readOfferingQueryParams, type FilterName, type OfferingQuery } from '@/lib/catalogue/offering-query';
import { searchOfferings, type OfferingSearchResult } from '@/lib/catalogue/search-offerings';

export interface Loosening {
  /** The filter to let go, or "q" for the search words. */
  drop: FilterName | 'q' | 'open';
  total: number;
  query: OfferingQuery;
}

export interface CatalogueView {
  query: OfferingQuery;
  ignored: string[];
  result: OfferingSearchResult;
  loosenings: Loosening[];
}

export function readCatalogueQuery(params: Record<string, string | string[] | undefined>): { query: OfferingQuery; ignored: string[] } {
  const raw = readOfferingQueryParams(params);
  const first = offeringQuerySchema.safeParse(raw);
  if (first.success) return { query: first.data, ignored: [] };
  const ignored = [...new Set(first.error.issues.map((issue) => String(issue.path[0])))];
  for (const key of ignored) delete raw[key];
  return { query: offeringQuerySchema.parse(raw), ignored };
}

export async function browseCatalogue(prisma: Db, params: Record<string, string | string[] | undefined>): Promise<CatalogueView> {
  const { query, ignored } = readCatalogueQuery(params);
  const result = await searchOfferings(prisma, query);
  const loosenings: Loosening[] = [];
  if (result.total === 0) {
    const candidates: Loosening['drop'][] = [...(query.q ? (['q'] as const) : []), ...FILTER_NAMES.filter((name) => query[name].length > 0), ...(query.open ? (['open'] as const) : [])];
    for (const drop of candidates) {
      const loosened: OfferingQuery = { ...query, page: 1, [drop]: drop === 'q' || drop === 'open' ? undefined : [] };
      const { total } = await searchOfferings(prisma, { ...loosened, pageSize: 1 });
      if (total > 0) loosenings.push({ drop, total, query: loosened });
    }
  }
  return { query, ignored, result, loosenings };
}

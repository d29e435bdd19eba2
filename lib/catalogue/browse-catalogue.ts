// What the /aanbod page shows for its URL: the result, the parts of the URL that were not valid
// (left out rather than refused, for people), and, when nothing was found, how many offerings each
// filter would give when let go.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { FILTER_NAMES, SINGLE_FILTER_NAMES, type FilterName, type SingleFilterName } from '@/lib/catalogue/offering-filters';
import { readOfferingQueryLeniently, type OfferingQuery } from '@/lib/catalogue/offering-query';
import { searchOfferings, type OfferingSearchResult } from '@/lib/catalogue/search-offerings';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

export interface Loosening {
  /** The filter to let go, or "q" for the search words. */
  drop: FilterName | SingleFilterName | 'q';
  total: number;
  query: OfferingQuery;
}

export interface CatalogueView {
  query: OfferingQuery;
  ignored: string[];
  result: OfferingSearchResult;
  loosenings: Loosening[];
}

/** `themes`: the learning agenda read for this request (a theme id it does not know is left out). */
export async function browseCatalogue(prisma: Db, params: Record<string, string | string[] | undefined>, themes: ThemeVocabulary): Promise<CatalogueView> {
  const { query, ignored } = readOfferingQueryLeniently(params, { themes: themes.all.map((theme) => theme.id) });
  const result = await searchOfferings(prisma, query);
  const loosenings: Loosening[] = [];
  if (result.total === 0) {
    const candidates: Loosening['drop'][] = [
      ...(query.q ? (['q'] as const) : []),
      ...FILTER_NAMES.filter((name) => query[name].length > 0),
      ...SINGLE_FILTER_NAMES.filter((name) => query[name] !== undefined),
    ];
    for (const drop of candidates) {
      const loosened: OfferingQuery = { ...query, page: 1, [drop]: drop === 'q' || SINGLE_FILTER_NAMES.includes(drop as SingleFilterName) ? undefined : [] };
      const { total } = await searchOfferings(prisma, { ...loosened, pageSize: 1 });
      if (total > 0) loosenings.push({ drop, total, query: loosened });
    }
  }
  return { query, ignored, result, loosenings };
}

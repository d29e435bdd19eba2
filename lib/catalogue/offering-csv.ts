// The CSV export of the catalogue (GET /api/offerings.csv): one row per offering, lists joined by "|".
import type { OfferingSummary } from '@/lib/catalogue/search-offerings';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';

export const CSV_MAX_ROWS = 100_000;

export const CSV_COLUMNS = [
  'slug', 'title', 'summary', 'provider', 'themes', 'learningForm', 'intensity', 'scales', 'provinces', 'targetGroups',
  'levels', 'disciplinarity', 'openToJoin', 'capacity', 'participants', 'startDate', 'url',
] as const;

export function offeringCsvRow(item: OfferingSummary, origin: string): Record<(typeof CSV_COLUMNS)[number], string> {
  const list = (values: string[]) => values.join('|');
  return {
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    provider: item.provider ?? '',
    themes: list(item.themes),
    learningForm: item.learningForm,
    intensity: item.intensity,
    scales: list(item.scales),
    provinces: list(item.provinces),
    targetGroups: list(item.targetGroups),
    levels: list(item.levels),
    disciplinarity: item.disciplinarity ?? '',
    openToJoin: String(item.openToJoin),
    capacity: item.capacity === null ? '' : String(item.capacity),
    participants: item.participants === null ? '' : String(item.participants),
    startDate: item.startDate ?? '',
    url: `${origin}${offeringPagePath(item.slug)}`,
  };
}

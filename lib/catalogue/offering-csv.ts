// The CSV export of the catalogue (GET /api/offerings.csv): one row per offering, lists joined by "|".
// Between the offering's own fields, one column per filter of the registry, named as in the API.
import type { OfferingSummary } from '@/lib/catalogue/offering-summary';
import { FILTER_PARAMS, OFFERING_FILTERS } from '@/lib/catalogue/offering-filters';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';

export const CSV_MAX_ROWS = 100_000;

type CsvColumn = keyof OfferingSummary | 'url';

export const CSV_COLUMNS: readonly CsvColumn[] = [
  'slug', 'title', 'summary', 'provider',
  ...FILTER_PARAMS.map((param) => OFFERING_FILTERS[param].field),
  'capacity', 'participants', 'startDate', 'url',
];

function cell(value: OfferingSummary[keyof OfferingSummary]): string {
  if (Array.isArray(value)) return value.join('|');
  return value === null ? '' : String(value);
}

export function offeringCsvRow(item: OfferingSummary, origin: string): Record<CsvColumn, string> {
  const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, column === 'url' ? '' : cell(item[column])])) as Record<CsvColumn, string>;
  row.url = `${origin}${offeringPagePath(item.slug)}`;
  return row;
}

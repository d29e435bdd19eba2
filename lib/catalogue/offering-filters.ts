// The filters of the catalogue (aanbod), one row each. Everything else about a filter is derived
// from this table: the query schema of /aanbod, GET /api/offerings and the CSV export (strict and
// lenient, `offering-query.ts`), the SQL condition, facet and result field (`search-offerings.ts`),
// the followed search (`lib/following/followed-search.ts`), the CSV columns (`offering-csv.ts`) and
// the page's filter controls (`components/catalogue/CatalogueFilters.tsx`). Adding a filter is
// adding a row (see ARCHITECTURE.md, "Where each concept lives"; decision 0055).
import { FORM_INTENSITY, LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { DISCIPLINARITIES, INTENSITIES, LEARNING_LEVELS, PROVINCES, SCALES, SECTOR_SCOPES, SECTORS, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import type { OfferingSummary } from '@/lib/catalogue/offering-summary';

/** Where the names of a filter's values come from: the reference files, or a block of messages (`<key>.<value>`). */
export type ValueLabels = { from: 'themes' } | { from: 'learningForms' } | { from: 'messages'; key: string };

export interface OfferingFilter {
  /** The column of `offerings` the filter reads. */
  column: string;
  /** The column holds a list (text[]): the filter matches on overlap, the facet counts each element. */
  multi: boolean;
  /**
   * For a value derived from the column rather than stored (e.g. intensity from the learning form):
   * the SQL expression over the column that gives it.
   */
  derive?: (column: string) => string;
  /**
   * For a derived value, the stored values of the column that give the chosen values, so the
   * condition compares the column itself (and can use its index).
   */
  storedValues?: (chosen: readonly string[]) => string[];
  /** The vocabulary: the only values the parameter takes (for a data vocabulary, only the seed's). */
  values: readonly [string, ...string[]];
  /**
   * The vocabulary is data the team edits (the themes of the learning agenda): the schema checks the
   * form of a value, the page offers the values read for the request, and `values` is unused.
   */
  vocabulary?: 'themes';
  /** `any`: a repeatable parameter (OR within the filter); `one`: at most one value. */
  choice: 'any' | 'one';
  /** The field of an offering in the API's items and the CSV column. */
  field: keyof OfferingSummary;
  /** The filter's name on the page: a key in the "catalogue.list" messages. */
  labelKey: `filters.${string}`;
  labels: ValueLabels;
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The filters, in the order the page shows them; the key is the URL and API parameter. */
export const OFFERING_FILTERS = {
  theme: { column: 'themes', multi: true, values: THEME_IDS, vocabulary: 'themes', choice: 'any', field: 'themes', labelKey: 'filters.theme', labels: { from: 'themes' } },
  form: { column: 'learning_form_id', multi: false, values: LEARNING_FORM_IDS, choice: 'any', field: 'learningForm', labelKey: 'filters.form', labels: { from: 'learningForms' } },
  intensity: {
    column: 'learning_form_id',
    multi: false,
    derive: (column) => `CASE ${column} ${Object.entries(FORM_INTENSITY).map(([form, group]) => `WHEN ${sqlText(form)} THEN ${sqlText(group)}`).join(' ')} END`,
    storedValues: (chosen) => Object.keys(FORM_INTENSITY).filter((form) => chosen.includes(FORM_INTENSITY[form]!)),
    values: INTENSITIES,
    choice: 'any',
    field: 'intensity',
    labelKey: 'filters.intensity',
    labels: { from: 'messages', key: 'vocab.intensities' },
  },
  scale: { column: 'scales', multi: true, values: SCALES, choice: 'any', field: 'scales', labelKey: 'filters.scale', labels: { from: 'messages', key: 'vocab.scales' } },
  province: { column: 'provinces', multi: true, values: PROVINCES, choice: 'any', field: 'provinces', labelKey: 'filters.province', labels: { from: 'messages', key: 'vocab.provinces' } },
  targetGroup: { column: 'target_groups', multi: true, values: TARGET_GROUPS, choice: 'any', field: 'targetGroups', labelKey: 'filters.targetGroup', labels: { from: 'messages', key: 'vocab.targetGroups' } },
  level: { column: 'levels', multi: true, values: LEARNING_LEVELS, choice: 'any', field: 'levels', labelKey: 'filters.level', labels: { from: 'messages', key: 'vocab.learningLevels' } },
  disciplinarity: { column: 'disciplinarity', multi: false, values: DISCIPLINARITIES, choice: 'any', field: 'disciplinarity', labelKey: 'filters.disciplinarity', labels: { from: 'messages', key: 'vocab.disciplinarity' } },
  /**
   * "true": only offerings open to join; "false": only closed ones. Shown as one checkbox. An offering
   * that still needs checking (a seeded example network) is not presented as open (decision 0121).
   */
  open: {
    column: 'open_to_join',
    multi: false,
    derive: (column) => `(${column} AND NOT ${column.replace(/open_to_join$/, 'needs_verification')})`,
    values: ['true', 'false'],
    choice: 'one',
    field: 'openToJoin',
    labelKey: 'filters.open',
    labels: { from: 'messages', key: 'catalogue.list.openValues' },
  },
  sector: { column: 'sectors', multi: true, values: SECTORS, choice: 'any', field: 'sectors', labelKey: 'filters.sector', labels: { from: 'messages', key: 'vocab.sectors' } },
  /** Sectoral (one sector) or intersectoral (several), from the offering's sectors (check question 2). */
  sectorScope: {
    column: 'sectors',
    multi: false,
    derive: (column) => `CASE WHEN cardinality(${column}) = 1 THEN 'sectoral' WHEN cardinality(${column}) > 1 THEN 'intersectoral' END`,
    values: SECTOR_SCOPES,
    choice: 'any',
    field: 'sectorScope',
    labelKey: 'filters.sectorScope',
    labels: { from: 'messages', key: 'vocab.sectorScopes' },
  },
} as const satisfies Record<string, OfferingFilter>;

type Filters = typeof OFFERING_FILTERS;
export type OfferingFilterParam = keyof Filters;
/** The repeatable filters (a group of checkboxes on the page). */
export type FilterName = { [K in OfferingFilterParam]: Filters[K]['choice'] extends 'any' ? K : never }[OfferingFilterParam];
/** The filters that take one value. */
export type SingleFilterName = Exclude<OfferingFilterParam, FilterName>;

export const FILTER_PARAMS = Object.keys(OFFERING_FILTERS) as OfferingFilterParam[];
export const FILTER_NAMES = FILTER_PARAMS.filter((param): param is FilterName => OFFERING_FILTERS[param].choice === 'any');
export const SINGLE_FILTER_NAMES = FILTER_PARAMS.filter((param): param is SingleFilterName => OFFERING_FILTERS[param].choice === 'one');

export function offeringFilter(param: OfferingFilterParam): OfferingFilter {
  return OFFERING_FILTERS[param];
}

/** The SQL expression of a filter's value(s) for the offering in `table` (a column, or derived from one). */
export function filterSql(param: OfferingFilterParam, table: string): string {
  const filter = offeringFilter(param);
  const column = `${table}.${filter.column}`;
  return filter.derive ? filter.derive(column) : column;
}

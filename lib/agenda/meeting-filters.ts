// The filters of the agenda, one row each, in the catalogue's form (lib/catalogue/offering-filters.ts,
// decision 0055): theme, learning form, province and target group are the catalogue's own rows
// (same parameter, vocabulary and labels) read from the meeting's columns; online/on site is the
// agenda's own. The query schema, the SQL condition and facets, and the page's controls are built
// from this table.
import { OFFERING_FILTERS, type ValueLabels } from '@/lib/catalogue/offering-filters';

export const ATTENDANCE_MODES = ['online', 'onsite'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export interface MeetingFilter {
  /** The column of `meetings` the filter reads. */
  column: string;
  /** The column holds a list (text[]). */
  multi: boolean;
  derive?: (column: string) => string;
  values: readonly [string, ...string[]];
  choice: 'any' | 'one';
  /** The filter's name on the page: a full message key. */
  labelKey: string;
  labels: ValueLabels;
}

const fromCatalogue = <K extends 'theme' | 'form' | 'province' | 'targetGroup'>(param: K, column: string, multi: boolean) =>
  ({ column, multi, values: OFFERING_FILTERS[param].values, choice: 'any', labelKey: `catalogue.list.${OFFERING_FILTERS[param].labelKey}`, labels: OFFERING_FILTERS[param].labels }) as const;

export const MEETING_FILTERS = {
  theme: fromCatalogue('theme', 'themes', true),
  form: fromCatalogue('form', 'learning_form_id', false),
  province: fromCatalogue('province', 'province', false),
  targetGroup: fromCatalogue('targetGroup', 'target_groups', true),
  attendance: {
    column: 'online',
    multi: false,
    derive: (column: string) => `CASE WHEN ${column} THEN 'online' ELSE 'onsite' END`,
    values: ATTENDANCE_MODES,
    choice: 'one',
    labelKey: 'Agenda.filters.attendance',
    labels: { from: 'messages', key: 'Agenda.attendanceModes' },
  },
} as const satisfies Record<string, MeetingFilter>;

type Filters = typeof MEETING_FILTERS;
export type MeetingFilterParam = keyof Filters;
export type MeetingListFilter = { [K in MeetingFilterParam]: Filters[K]['choice'] extends 'any' ? K : never }[MeetingFilterParam];
export type MeetingSingleFilter = Exclude<MeetingFilterParam, MeetingListFilter>;

export const MEETING_FILTER_PARAMS = Object.keys(MEETING_FILTERS) as MeetingFilterParam[];
export const MEETING_LIST_FILTERS = MEETING_FILTER_PARAMS.filter((param): param is MeetingListFilter => MEETING_FILTERS[param].choice === 'any');
export const MEETING_SINGLE_FILTERS = MEETING_FILTER_PARAMS.filter((param): param is MeetingSingleFilter => MEETING_FILTERS[param].choice === 'one');

/** The SQL expression of a filter's value for the meeting in `table`. */
export function meetingFilterSql(param: MeetingFilterParam, table: string): string {
  const filter: MeetingFilter = MEETING_FILTERS[param];
  const column = `${table}.${filter.column}`;
  return filter.derive ? filter.derive(column) : column;
}

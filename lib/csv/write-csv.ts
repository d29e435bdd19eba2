// The one CSV writer for every export (inbox, gaps, catalogue): csv-stringify does quoting and line
// breaks, a BOM makes spreadsheet programs read UTF-8, and `escape_formulas` puts a `'` before any
// text cell that starts with =, +, -, @, tab or CR, so user text never runs as a formula in the
// reader's spreadsheet (CSV injection). Numbers stay numbers.
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

/** Rows as arrays in the order of `columns`, or as records keyed by the column names. */
export function writeCsv<Column extends string>(columns: readonly Column[], rows: readonly (readonly CsvCell[] | Readonly<Record<Column, CsvCell>>)[]): string {
  return stringify(rows as CsvCell[][], { header: true, columns: [...columns], bom: true, escape_formulas: true });
}

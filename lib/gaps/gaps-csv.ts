// The gap overview as CSV: one row per theme and scale.
import { writeCsv } from '@/lib/csv/write-csv';
import type { GapTheme } from './measure-gaps';

export function gapsCsv(themes: GapTheme[]): string {
  const header = ['theme', 'gap_theme', 'scale', 'questions', 'verdict_join_existing', 'verdict_parallel_network', 'verdict_new_network', 'open_offerings'];
  const rows = themes.flatMap((theme) =>
    theme.cells.map((cell) => [theme.id, theme.isGapTheme ? 'ja' : 'nee', cell.scale, cell.questions, cell.verdicts['join-existing'], cell.verdicts['parallel-network'], cell.verdicts['new-network'], cell.openOfferings]),
  );
  return writeCsv(header, rows);
}

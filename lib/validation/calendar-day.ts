// Dates as the portal takes them: a real calendar day written yyyy-mm-dd. One check for every
// schema that takes a date (offerings, learning questions, the wizard), so an impossible day such
// as 2026-13-01 or 2027-02-30 is a field error, never a failed database write.
import { z } from 'zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a day that exists in the calendar, e.g. 2028-02-29 but not 2027-02-29. */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The zod schema of a calendar day (yyyy-mm-dd); its error reads "invalidDate". */
export function calendarDay() {
  return z.string().regex(ISO_DAY, { abort: true }).refine(isCalendarDay, { error: 'invalidDate', abort: true });
}

/** Today in the Netherlands as yyyy-mm-dd. */
export function todayInNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// The recurrence of a meeting series: an RFC 5545 RRULE value, read and expanded in local
// Europe/Amsterdam wall-clock time (19:30 stays 19:30 across summer time), with single dates moved
// or cancelled. Pure: used by the import, the team's forms, the occurrence table and the tests
// (decision 0100).
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { AGENDA_TIME_ZONE, inAgendaZone } from './meeting-time';

/** Meetings repeat per day at most; finer rules (hourly, per minute) are refused. */
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const KNOWN_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'WKST']);

/** How far ahead the dates of a series are listed (and written to the occurrence table). */
export const OCCURRENCE_HORIZON_MONTHS = 18;
/** No series lists more dates than this, whatever its rule says. */
export const MAX_OCCURRENCES = 500;

export type RecurrenceCheck = { ok: true; value: string } | { ok: false; problem: string };

/** Checks an RRULE value and gives it in the parser's normal form (`FREQ=WEEKLY;COUNT=8;INTERVAL=6`). */
export function checkRecurrence(text: string): RecurrenceCheck {
  const value = text.trim().replace(/^RRULE:/i, '');
  if (!/^[A-Za-z0-9=;,+\-:]+$/.test(value)) return { ok: false, problem: 'recurrence' };
  const parts = value.split(';').map((part) => part.split('=')[0]!.toUpperCase());
  if (parts.some((part) => !KNOWN_PARTS.has(part)) || new Set(parts).size !== parts.length) return { ok: false, problem: 'recurrence' };
  // INTERVAL and COUNT are whole numbers from 1 (the parser would quietly read 0 as 1).
  for (const [, name, number] of value.matchAll(/(?:^|;)(INTERVAL|COUNT)=([^;]*)/gi)) {
    if (!/^[1-9]\d{0,3}$/.test(number!)) return { ok: false, problem: 'recurrence' };
    if (name!.toUpperCase() === 'INTERVAL' && Number(number) > 366) return { ok: false, problem: 'recurrence' };
  }
  try {
    const rule = ICAL.Recur.fromString(value);
    if (!rule.freq || !(FREQUENCIES as readonly string[]).includes(rule.freq)) return { ok: false, problem: 'recurrenceFrequency' };
    if (rule.count && rule.count > MAX_OCCURRENCES) return { ok: false, problem: 'recurrence' };
    // The iterator checks the BY… parts against each other; walk a few dates to let it.
    const iterator = rule.iterator(ICAL.Time.fromData({ year: 2027, month: 1, day: 4, hour: 10, minute: 0 }));
    for (let i = 0; i < 3 && iterator.next(); i++);
    return { ok: true, value: rule.toString() };
  } catch {
    return { ok: false, problem: 'recurrence' };
  }
}

export interface OccurrenceOverride {
  /** The original start of the date (RECURRENCE-ID). */
  recurrenceId: Date;
  cancelled: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface Occurrence {
  recurrenceId: Date;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** The date was moved away from its place in the series. */
  moved: boolean;
}

export interface SeriesInput {
  startsAt: Date;
  endsAt: Date;
  recurrence: string | null;
  overrides?: readonly OccurrenceOverride[];
}

/** The last moment dates are listed for: the horizon after now, or after the series' first date when that is later. */
export function horizonEnd(series: { startsAt: Date }, now = new Date()): Date {
  const from = series.startsAt > now ? series.startsAt : now;
  return DateTime.fromJSDate(from, { zone: AGENDA_TIME_ZONE }).plus({ months: OCCURRENCE_HORIZON_MONTHS }).toJSDate();
}

/** The original starts of a series up to `until` (the first date included), in local wall-clock time. */
export function seriesStarts(series: { startsAt: Date; recurrence: string | null }, until: Date): Date[] {
  if (!series.recurrence) return [series.startsAt];
  const checked = checkRecurrence(series.recurrence);
  if (!checked.ok) return [series.startsAt];
  const first = inAgendaZone(series.startsAt);
  const dtstart = ICAL.Time.fromData({ year: first.year, month: first.month, day: first.day, hour: first.hour, minute: first.minute, second: 0 });
  const iterator = ICAL.Recur.fromString(checked.value).iterator(dtstart);
  const starts: Date[] = [];
  for (let next = iterator.next(); next && starts.length < MAX_OCCURRENCES; next = iterator.next()) {
    const start = DateTime.fromObject({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute }, { zone: AGENDA_TIME_ZONE }).toJSDate();
    if (start > until) break;
    starts.push(start);
  }
  return starts;
}

/**
 * Every date of a meeting up to `until`: the series' dates with each date's override applied (moved
 * to its new time, or cancelled), ordered by start. A single meeting is one date.
 */
export function expandOccurrences(series: SeriesInput, until: Date = horizonEnd(series)): Occurrence[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  const overrides = new Map((series.overrides ?? []).map((override) => [override.recurrenceId.getTime(), override]));
  return seriesStarts(series, until)
    .map((start): Occurrence => {
      const override = overrides.get(start.getTime());
      const moved = Boolean(override && !override.cancelled && override.startsAt && override.endsAt);
      return {
        recurrenceId: start,
        startsAt: moved ? override!.startsAt! : start,
        endsAt: moved ? override!.endsAt! : new Date(start.getTime() + duration),
        cancelled: override?.cancelled ?? false,
        moved,
      };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

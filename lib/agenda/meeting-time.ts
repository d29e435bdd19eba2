// Meeting times: stored as instants, entered and shown as wall-clock time in Europe/Amsterdam
// (`YYYY-MM-DDTHH:mm`). The one place that converts between the two (decision 0100).
import { DateTime } from 'luxon';
import { z } from 'zod';

export const AGENDA_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A local Europe/Amsterdam time as luxon reads it, or undefined when it is no real time of day. */
function readLocal(value: string): DateTime | undefined {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const local = DateTime.fromObject({ year, month, day, hour, minute }, { zone: AGENDA_TIME_ZONE });
  // luxon rolls 31 February over into March and moves a time in the spring gap forward: refuse both.
  if (!local.isValid || local.year !== year || local.month !== month || local.day !== day || local.hour !== hour || local.minute !== minute) return undefined;
  return local;
}

export function isLocalDateTime(value: string): boolean {
  return readLocal(value) !== undefined;
}

/** `2027-03-10T19:30` (Europe/Amsterdam) as an instant. Throws on a time that does not exist. */
export function localToInstant(value: string): Date {
  const local = readLocal(value);
  if (!local) throw new RangeError(`Not a local time in ${AGENDA_TIME_ZONE}: ${value}`);
  return local.toJSDate();
}

/** An instant as `YYYY-MM-DDTHH:mm` in Europe/Amsterdam (the import format and the form's value). */
export function instantToLocal(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: AGENDA_TIME_ZONE }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** An instant in Europe/Amsterdam, for the calendar writer and the recurrence. */
export function inAgendaZone(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: AGENDA_TIME_ZONE });
}

/** The schema of a local time: `YYYY-MM-DDTHH:mm`, a real day and a time that exists in the Netherlands. */
export function localDateTime() {
  return z.string().trim().refine(isLocalDateTime, { error: 'localDateTime' });
}

/** The first moment of a calendar day (YYYY-MM-DD) in the Netherlands. */
export function startOfLocalDay(day: string): Date {
  return DateTime.fromISO(day, { zone: AGENDA_TIME_ZONE }).startOf('day').toJSDate();
}

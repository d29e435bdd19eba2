// Meetings as an RFC 5545 calendar (ical-generator): VTIMEZONE Europe/Amsterdam, a stable UID per
// meeting, SEQUENCE, STATUS:CANCELLED, and a series as RRULE with EXDATE for cancelled dates and an
// extra VEVENT with RECURRENCE-ID for each moved date. Used by /agenda.ics, an offering's
// agenda.ics and each meeting's .ics (decision 0101).
import icalGenerator, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { AGENDA_TIME_ZONE, inAgendaZone } from './meeting-time';
import { publicOnlineUrl, type PublishedMeeting } from './find-meeting';

/** Europe/Amsterdam since 1996: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AGENDA_TIME_ZONE}`,
  'X-LIC-LOCATION:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The UID of a meeting: stable for its life, whatever changes. */
export function meetingUid(meeting: { id: string }, host: string): string {
  return `meeting-${meeting.id}@${host}`;
}

const localStamp = (instant: Date) => inAgendaZone(instant).toFormat("yyyyLLdd'T'HHmmss");

function location(meeting: PublishedMeeting): string | undefined {
  if (meeting.online) return publicOnlineUrl(meeting) ?? 'Online';
  return [meeting.place, meeting.municipality].filter(Boolean).join(', ') || undefined;
}

export function buildMeetingCalendar(meetings: PublishedMeeting[], options: { name: string; origin: string }): ICalCalendar {
  const host = new URL(options.origin).host;
  const calendar = icalGenerator({ name: options.name, prodId: { company: 'WijkWijzer Leernetwerk', product: 'Agenda', language: 'NL' } });
  calendar.timezone({ name: AGENDA_TIME_ZONE, generator: () => VTIMEZONE });
  for (const meeting of meetings) {
    const uid = meetingUid(meeting, host);
    const url = `${options.origin}/agenda/${encodeURIComponent(meeting.slug)}`;
    const description = [meeting.summary, meeting.offering ? `${meeting.offering.title}` : null, url].filter(Boolean).join('\n\n');
    const common = {
      id: uid,
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      timezone: AGENDA_TIME_ZONE,
      summary: meeting.title,
      description,
      location: location(meeting),
      url,
    };
    const duration = meeting.endsAt.getTime() - meeting.startsAt.getTime();
    const cancelledDates = meeting.overrides.filter((override) => override.cancelled);
    const repeating = meeting.recurrence
      ? [`RRULE:${meeting.recurrence}`, ...(cancelledDates.length > 0 ? [`EXDATE;TZID=${AGENDA_TIME_ZONE}:${cancelledDates.map((o) => localStamp(o.recurrenceId)).join(',')}`] : [])].join('\n')
      : null;
    calendar.createEvent({
      ...common,
      start: inAgendaZone(meeting.startsAt),
      end: inAgendaZone(meeting.endsAt),
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A string with a line break is written as given: the RRULE and, below it, the EXDATE.
      repeating: repeating ? (repeating.includes('\n') ? repeating : repeating.replace(/^RRULE:/, '')) : null,
    });
    if (!meeting.recurrence) continue;
    for (const moved of meeting.overrides.filter((override) => !override.cancelled && override.startsAt && override.endsAt)) {
      calendar.createEvent({
        ...common,
        start: inAgendaZone(moved.startsAt!),
        end: inAgendaZone(new Date(moved.startsAt!.getTime() + (moved.endsAt!.getTime() - moved.startsAt!.getTime() || duration))),
        recurrenceId: inAgendaZone(moved.recurrenceId),
        status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return calendar;
}

/** A calendar file as an HTTP response (download or subscription). */
export function calendarResponse(calendar: ICalCalendar | string, filename: string, download: boolean): Response {
  return new Response(typeof calendar === 'string' ? calendar : calendar.toString(), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${filename.replace(/[^a-z0-9.-]/gi, '-')}"`,
      'Cache-Control': 'no-store',
    },
  });
}

// GET /agenda.ics — the agenda as a calendar feed to subscribe to, with the filters of /agenda.
import { db } from '@/lib/db/client';
import { findAgendaFeedMeetings } from '@/lib/agenda/agenda-feed';
import { buildMeetingCalendar, calendarResponse } from '@/lib/agenda/meeting-calendar';
import { meetingQuerySchema, readMeetingQueryParams } from '@/lib/agenda/meeting-query';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';

export async function GET(request: Request) {
  const parsed = meetingQuerySchema.safeParse(readMeetingQueryParams(new URL(request.url).searchParams), PARSE_OPTIONS);
  if (!parsed.success) return invalidInput(parsed.error, requestedLocale(request.headers));
  const meetings = await findAgendaFeedMeetings(db(), parsed.data);
  return calendarResponse(buildMeetingCalendar(meetings, { name: 'WijkWijzer Leernetwerk — agenda', origin: siteOrigin(request) }), 'agenda.ics', false);
}

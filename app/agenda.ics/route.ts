// GET /agenda.ics — the agenda as a calendar feed to subscribe to, with the filters of /agenda.
import { db } from '@/lib/db/client';
import { findAgendaFeedMeetings } from '@/lib/agenda/agenda-feed';
import { agendaVersion, cachedFeed } from '@/lib/agenda/feed-cache';
import { buildMeetingCalendar, calendarResponse } from '@/lib/agenda/meeting-calendar';
import { meetingQuerySchema, meetingQueryToParams, readMeetingQueryParams } from '@/lib/agenda/meeting-query';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';

export async function GET(request: Request) {
  const parsed = meetingQuerySchema.safeParse(readMeetingQueryParams(new URL(request.url).searchParams), PARSE_OPTIONS);
  if (!parsed.success) return invalidInput(parsed.error, requestedLocale(request.headers));
  const origin = siteOrigin(request);
  const key = `${origin}/agenda.ics?${meetingQueryToParams({ ...parsed.data, page: 1, pageSize: undefined })}`;
  const text = await cachedFeed(key, await agendaVersion(db()), async () =>
    buildMeetingCalendar(await findAgendaFeedMeetings(db(), parsed.data), { name: 'WijkWijzer Leernetwerk — agenda', origin }).toString(),
  );
  return calendarResponse(text, 'agenda.ics', false);
}

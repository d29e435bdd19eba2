// GET /aanbod/<slug>/agenda.ics — the meetings of one offering as a calendar feed.
import { db } from '@/lib/db/client';
import { findOfferingFeedMeetings } from '@/lib/agenda/agenda-feed';
import { buildMeetingCalendar, calendarResponse } from '@/lib/agenda/meeting-calendar';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';

export async function GET(request: Request, { params }: RouteContext<'/aanbod/[slug]/agenda.ics'>) {
  const { slug } = await params;
  const found = await findOfferingFeedMeetings(db(), slug);
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return calendarResponse(buildMeetingCalendar(found.meetings, { name: found.title, origin: siteOrigin(request) }), `${slug}.ics`, false);
}

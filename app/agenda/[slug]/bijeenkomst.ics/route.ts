// GET /agenda/<slug>/bijeenkomst.ics — one meeting (all its dates) to add to a calendar.
import { db } from '@/lib/db/client';
import { findPublishedMeeting } from '@/lib/agenda/find-meeting';
import { buildMeetingCalendar, calendarResponse } from '@/lib/agenda/meeting-calendar';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';

export async function GET(request: Request, { params }: RouteContext<'/agenda/[slug]/bijeenkomst.ics'>) {
  const { slug } = await params;
  const meeting = await findPublishedMeeting(db(), { slug });
  if (!meeting) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return calendarResponse(buildMeetingCalendar([meeting], { name: meeting.title, origin: siteOrigin(request) }), `${slug}.ics`, true);
}

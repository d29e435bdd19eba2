// GET /api/meetings/<id> — one published meeting (by id or slug) with its coming dates.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { findPublishedMeeting } from '@/lib/agenda/find-meeting';
import { meetingRecordJson } from '@/lib/agenda/meeting-api';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';

export const GET = readRoute(async (request: Request, { params }: RouteContext<'/api/meetings/[id]'>) => {
  const { id } = await params;
  const meeting = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await findPublishedMeeting(db(), { id }) : await findPublishedMeeting(db(), { slug: id });
  if (!meeting) return Response.json({ error: 'Bijeenkomst niet gevonden. / Meeting not found.' }, { status: 404, headers: { 'Access-Control-Allow-Origin': '*' } });
  return Response.json(meetingRecordJson(meeting, siteOrigin(request)), { headers: { 'Access-Control-Allow-Origin': '*' } });
});

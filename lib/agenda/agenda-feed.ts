// The calendar feeds: /agenda.ics (the agenda's filters), an offering's agenda.ics and one meeting's
// .ics. Each is every published meeting that matches, written by buildMeetingCalendar.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { startOfLocalDay } from './meeting-time';
import { findFeedMeetings, type PublishedMeeting } from './find-meeting';
import { MEETING_FILTERS, MEETING_LIST_FILTERS } from './meeting-filters';
import type { MeetingQuery } from './meeting-query';

/** The meetings of /agenda.ics: the agenda's filters, every meeting with a date that has not ended (or within from/to). */
export async function findAgendaFeedMeetings(prisma: Db, query: MeetingQuery, now = new Date()): Promise<PublishedMeeting[]> {
  const where: Prisma.MeetingWhereInput[] = [];
  for (const name of MEETING_LIST_FILTERS) {
    const chosen = query[name];
    if (chosen.length === 0) continue;
    const field = ({ theme: 'themes', form: 'learningFormId', province: 'province', targetGroup: 'targetGroups' } as const)[name];
    where.push(MEETING_FILTERS[name].multi ? { [field]: { hasSome: chosen } } : { [field]: { in: chosen } });
  }
  if (query.attendance) where.push({ online: query.attendance === 'online' });
  const dates: Prisma.MeetingOccurrenceWhereInput = { endsAt: { gte: query.from ? startOfLocalDay(query.from) : now } };
  if (query.to) dates.startsAt = { lt: new Date(startOfLocalDay(query.to).getTime() + 36 * 3600_000) };
  where.push({ occurrences: { some: dates } });
  return findFeedMeetings(prisma, { AND: where });
}

/** The meetings of an offering's feed: all its published meetings with a date that has not ended. */
export async function findOfferingFeedMeetings(prisma: Db, offeringSlug: string, now = new Date()): Promise<{ title: string; meetings: PublishedMeeting[] } | null> {
  const offering = await prisma.offering.findFirst({ where: { slug: offeringSlug, status: 'published' }, select: { id: true, title: true } });
  if (!offering) return null;
  return { title: offering.title, meetings: await findFeedMeetings(prisma, { offeringId: offering.id, occurrences: { some: { endsAt: { gte: now } } } }) };
}

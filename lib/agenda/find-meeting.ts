// One published meeting by slug (or id) with its offering, its overrides and its dates: for the
// meeting page, its calendar file and the open-data API.
import 'server-only';
import { isCleanText } from '@/lib/validation/hostile-text';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

const INCLUDE = {
  offering: { select: { id: true, slug: true, title: true, status: true } },
  overrides: { orderBy: { recurrenceId: 'asc' } },
  occurrences: { orderBy: { startsAt: 'asc' } },
} satisfies Prisma.MeetingInclude;

export type PublishedMeeting = Prisma.MeetingGetPayload<{ include: typeof INCLUDE }>;

export async function findPublishedMeeting(prisma: Db, by: { slug: string } | { id: string }): Promise<PublishedMeeting | null> {
  if ('id' in by && !/^[0-9a-f-]{36}$/i.test(by.id)) return null;
  // No stored slug holds a refused character (lib/validation/hostile-text.ts); PostgreSQL cannot even compare NUL.
  if ('slug' in by && !isCleanText(by.slug)) return null;
  return prisma.meeting.findFirst({ where: { ...by, publishedAt: { not: null } }, include: INCLUDE });
}

/** The published meetings of a feed: every meeting matching `where`, with what the calendar writer needs. */
export async function findFeedMeetings(prisma: Db, where: Prisma.MeetingWhereInput): Promise<PublishedMeeting[]> {
  return prisma.meeting.findMany({ where: { ...where, publishedAt: { not: null } }, include: INCLUDE, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] });
}

/** The registration link is only public when the organiser chose so. */
export function publicOnlineUrl(meeting: { online: boolean; onlineUrl: string | null; linkVisibility: string }): string | null {
  return meeting.online && meeting.linkVisibility === 'public' ? meeting.onlineUrl : null;
}

export function meetingPagePath(slug: string): string {
  return `/agenda/${encodeURIComponent(slug)}`;
}

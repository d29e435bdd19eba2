// A meeting in the open-data API (GET /api/meetings, /api/meetings/<id>): the import format's fields
// (times as local Europe/Amsterdam and as instants), its page and calendar addresses, and its dates.
import { instantToLocal } from './meeting-time';
import { meetingPagePath, publicOnlineUrl, type PublishedMeeting } from './find-meeting';
import type { MeetingSummary } from './search-meetings';

export function meetingListItem(item: MeetingSummary, origin: string) {
  return { ...item, url: `${origin}${meetingPagePath(item.slug)}`, ics: `${origin}${meetingPagePath(item.slug)}/bijeenkomst.ics` };
}

export function meetingRecordJson(meeting: PublishedMeeting, origin: string, now = new Date()) {
  return {
    id: meeting.id,
    slug: meeting.slug,
    title: meeting.title,
    summary: meeting.summary,
    start: instantToLocal(meeting.startsAt),
    end: instantToLocal(meeting.endsAt),
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    timeZone: 'Europe/Amsterdam',
    recurrence: meeting.recurrence,
    status: meeting.status,
    sequence: meeting.sequence,
    offering: meeting.offering?.status === 'published' ? { slug: meeting.offering.slug, title: meeting.offering.title, url: `${origin}/aanbod/${encodeURIComponent(meeting.offering.slug)}` } : null,
    online: meeting.online,
    onlineUrl: publicOnlineUrl(meeting),
    linkVisibility: meeting.linkVisibility,
    place: meeting.place,
    municipality: meeting.municipality,
    province: meeting.province,
    themes: meeting.themes,
    targetGroups: meeting.targetGroups,
    learningForm: meeting.learningFormId,
    capacity: meeting.capacity,
    registrationUrl: meeting.registrationUrl,
    registrationEmail: meeting.registrationEmail,
    updatedAt: meeting.updatedAt.toISOString(),
    url: `${origin}${meetingPagePath(meeting.slug)}`,
    ics: `${origin}${meetingPagePath(meeting.slug)}/bijeenkomst.ics`,
    occurrences: meeting.occurrences
      .filter((occurrence) => occurrence.endsAt >= now)
      .map((occurrence) => ({
        recurrenceId: occurrence.recurrenceId.toISOString(),
        startsAt: occurrence.startsAt.toISOString(),
        endsAt: occurrence.endsAt.toISOString(),
        cancelled: occurrence.cancelled,
        moved: occurrence.startsAt.getTime() !== occurrence.recurrenceId.getTime(),
      })),
  };
}

// schema.org Event for a meeting page: status, attendance mode, place or virtual location.
import { publicOnlineUrl, type PublishedMeeting } from './find-meeting';

export function meetingJsonLd(meeting: PublishedMeeting, pageUrl: string, next: { startsAt: Date; endsAt: Date }, names: { themes: string[] }) {
  const online = meeting.online;
  const url = publicOnlineUrl(meeting);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meeting.title,
    description: meeting.summary,
    url: pageUrl,
    inLanguage: 'nl',
    startDate: next.startsAt.toISOString(),
    endDate: next.endsAt.toISOString(),
    eventStatus: meeting.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', url: url ?? pageUrl }
      : { '@type': 'Place', name: meeting.place ?? meeting.municipality ?? undefined, address: { '@type': 'PostalAddress', addressLocality: meeting.municipality ?? undefined, addressCountry: 'NL' } },
    maximumAttendeeCapacity: meeting.capacity ?? undefined,
    about: names.themes.map((name) => ({ '@type': 'Thing', name })),
    organizer: { '@type': 'Organization', name: meeting.offering?.title ?? 'WijkWijzer Leernetwerk' },
  };
}

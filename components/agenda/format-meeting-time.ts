import type { Locale } from '@/lib/i18n/routing';

const zone = 'Europe/Amsterdam';

/** A meeting's date and time in the visitor's language, Dutch time: "woensdag 10 maart 2027, 19:30–21:00". */
export function formatMeetingTime(startsAt: Date | string, endsAt: Date | string, locale: Locale): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const language = locale === 'en' ? 'en-GB' : 'nl-NL';
  const day = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

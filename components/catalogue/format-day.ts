import type { Locale } from '@/lib/i18n/routing';

/** A calendar day (YYYY-MM-DD or a Date) in words: "1 maart 2027" / "1 March 2027". */
export function formatDay(day: string | Date, locale: Locale): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

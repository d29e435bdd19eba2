import { localisedPath, type Locale } from '@/lib/i18n/routing';

/** Where a visitor lands after deleting their learning question or plan. */
export function deletedPath(locale: Locale): string {
  return localisedPath('/privacy/verwijderd', locale);
}

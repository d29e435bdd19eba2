// The visible address of the page a form is on, for useActionState's permalink: a form sent before
// the page's JavaScript runs posts there, and the HTML gets a real `action` instead of React's empty
// one (which the W3C HTML checker refuses). Works on prerendered pages: no search parameters needed,
// the forms carry their state in fields.
import { usePathname } from 'next/navigation';
import { localisedPage, localisedPath } from '@/lib/i18n/localised-path';

export function useFormPermalink(): string {
  const { locale, page } = localisedPage(usePathname());
  return localisedPath(page, locale);
}

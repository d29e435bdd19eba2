// A path of this site in a language and back, without next-intl's client code (so pages that need
// no translations in the browser do not download it). Dutch has no prefix, English is under /en.
import { LOCALES, routing, type Locale } from './routing';

/** `/aanbod` in English is `/en/aanbod`; in Dutch it stays `/aanbod`. */
export function localisedPath(page: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return page;
  return `/${locale}${page === '/' ? '' : page}`;
}

/** The language of a path and the page it shows, without the language prefix. */
export function localisedPage(pathname: string): { locale: Locale; page: string } {
  const [, first, ...rest] = pathname.replace(/\/+$/, '').split('/');
  const locale = LOCALES.find((candidate) => candidate === first);
  if (locale) return { locale, page: `/${rest.join('/')}` };
  return { locale: routing.defaultLocale, page: pathname.replace(/\/+$/, '') || '/' };
}

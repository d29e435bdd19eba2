import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// Dutch first, without a prefix (/aanbod); English under /en (/en/aanbod). The language is what the
// visitor chose in the URL, not guessed from the browser.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'nl',
  localePrefix: 'as-needed',
  localeDetection: false,
  // No language cookie: the URL alone decides (see the privacy statement on cookies).
  localeCookie: false,
});

/**
 * The one way to build the path of a page in a language: Dutch without a prefix (/aanbod), other
 * languages under their code (/en/aanbod). For links in e-mails, put the site's address in front.
 */
export function localisedPath(path: `/${string}`, locale: Locale): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

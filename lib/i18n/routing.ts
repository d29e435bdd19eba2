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

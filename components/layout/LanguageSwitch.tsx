'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { localisedPage, localisedPath } from '@/lib/i18n/localised-path';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

/** Links to the current page in each language; each name is in its own language. */
export function LanguageSwitch({ label, names, current }: { label: string; names: Record<Locale, string>; current: Locale }) {
  const { page } = localisedPage(usePathname());
  return (
    <nav aria-label={label} className="ww-language-switch">
      <ul className="flex flex-wrap gap-x-4">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <NextLink
              href={localisedPath(page, locale)}
              prefetch={false}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="nl-link ww-language-switch__link"
            >
              {names[locale]}
            </NextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

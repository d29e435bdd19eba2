'use client';

import { useLocale } from 'next-intl';
import { Link as LocaleLink, usePathname } from '@/lib/i18n/navigation';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

/** Links to the current page in each language; each name is in its own language. */
export function LanguageSwitch({ label, names }: { label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label} className="ww-language-switch">
      <ul className="flex flex-wrap gap-x-4">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <LocaleLink
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="nl-link ww-language-switch__link"
            >
              {names[locale]}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

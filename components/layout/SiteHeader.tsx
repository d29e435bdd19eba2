import { useLocale, useTranslations } from 'next-intl';
import { InternalLink } from '@/components/ui/InternalLink';
import { localisedPath } from '@/lib/i18n/localised-path';
import { asLocale } from '@/lib/i18n/translate';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

const NAV_ITEMS = [
  { key: 'offerings', href: '/aanbod' },
  { key: 'learningForms', href: '/leervormen' },
  { key: 'learningAgenda', href: '/leeragenda' },
  { key: 'agenda', href: '/agenda' },
  { key: 'knowledgeBase', href: '/kennisbank' },
  { key: 'askQuestion', href: '/leervraag' },
  { key: 'setUpNetwork', href: '/leernetwerk-opzetten' },
] as const;

/** A small network mark: three connected points. Decorative. */
function Mark() {
  return (
    <svg className="ww-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M8 23 16 8l8 15Z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      <circle cx="16" cy="8" r="4.5" fill="currentColor" />
      <circle cx="8" cy="23" r="4.5" fill="currentColor" />
      <circle cx="24" cy="23" r="4.5" fill="currentColor" />
    </svg>
  );
}

export function SiteHeader() {
  const t = useTranslations('common');
  const locale = asLocale(useLocale());
  return (
    <header className="ww-header">
      <div className="ww-container flex flex-wrap items-center justify-between gap-x-6 gap-y-3 py-4">
        <div>
          <InternalLink href="/" className="ww-header__site-name">
            <Mark />
            {t('siteName')}
          </InternalLink>
          <p className="ww-header__tagline">{t('tagline')}</p>
        </div>
        <LanguageSwitch label={t('languageSwitch.label')} names={{ nl: t('languageSwitch.nl'), en: t('languageSwitch.en') }} current={locale} />
      </div>
      <MainNav label={t('nav.label')} items={NAV_ITEMS.map((item) => ({ page: item.href, href: localisedPath(item.href, locale), label: t(`nav.${item.key}`) }))} />
    </header>
  );
}

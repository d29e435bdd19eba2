import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageErrorTextsProvider } from '@/components/layout/PageErrorTexts';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { notoSans } from '@/components/layout/site-font';
import { SkipLink } from '@/components/ui/SkipLink';
import { localisedPath } from '@/lib/i18n/localised-path';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'common' });
  return {
    title: { template: `%s | ${t('siteName')}`, default: t('siteName') },
    description: t('meta.description'),
  };
}

// Both languages are known at build time, so the pages that are the same for everyone are prerendered
// (lib/static-pages.ts); a page that reads the database or the request calls connection() itself and
// is rendered per request, with the CSP nonce of proxy.ts on its scripts.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  const outage = await getTranslations({ locale, namespace: 'outage' });
  const errorTexts = { title: t('error.title'), text: t('error.text'), retry: t('error.retry'), home: t('error.home'), outageTitle: outage('title'), outageText: outage('text') };
  return (
    <html lang={locale} className={notoSans.variable}>
      <body className="flex min-h-screen flex-col">
        {/* No next-intl provider here: client components that translate get their own ClientMessages. */}
        <SkipLink href="#inhoud">{t('skipLink')}</SkipLink>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="ww-container w-full flex-1 pt-8">
          <PageErrorTextsProvider texts={{ ...errorTexts, homeHref: localisedPath('/', locale) }}>{children}</PageErrorTextsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

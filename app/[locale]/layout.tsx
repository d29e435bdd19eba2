import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/ui/SkipLink';
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

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Every page is rendered per request: Next.js puts the CSP nonce of proxy.ts on its scripts only then.
  await connection();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get only the shared namespaces; a feature that needs more wraps its own ClientMessages. */}
        <ClientMessages>
          <SkipLink href="#inhoud">{t('skipLink')}</SkipLink>
          <SiteHeader />
          <main id="inhoud" tabIndex={-1} className="ww-container w-full flex-1 pt-8">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}

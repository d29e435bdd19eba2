import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfferingSubmissionForm } from '@/components/catalogue/OfferingSubmissionForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { asLocale } from '@/lib/i18n/translate';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { connection } from 'next/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/aanmelden'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue.submit.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function SubmitOfferingPage({ params }: PageProps<'/[locale]/aanbod/aanmelden'>) {
  // Per request: the form carries a one-time token of its own for every page view (and the CSP nonce).
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('catalogue.submit');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <ClientMessages namespaces={['catalogue', 'forms', 'vocab']}>
        <OfferingSubmissionForm
          learningForms={LEARNING_FORM_IDS.map((id) => ({ value: id, label: learningFormName(id, asLocale(locale)) }))}
          themes={themeOptions(await loadThemes(db()), asLocale(locale))}
        />
      </ClientMessages>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { MeetingProposalForm } from '@/components/agenda/MeetingProposalForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { loadThemes } from '@/lib/themes/load-themes';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';

export async function generateMetadata({ params }: PageProps<'/[locale]/agenda/voorstellen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'MeetingProposal.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function ProposeMeetingPage({ params }: PageProps<'/[locale]/agenda/voorstellen'>) {
  // Per request: the form carries a one-time token of its own for every page view (and the CSP nonce).
  await connection();
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('MeetingProposal');
  const offerings = await db().offering.findMany({ where: { status: 'published' }, select: { slug: true, title: true }, orderBy: { title: 'asc' } });
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <ClientMessages namespaces={['MeetingProposal', 'forms', 'vocab']}>
        <MeetingProposalForm
          learningForms={LEARNING_FORM_IDS.map((id) => ({ value: id, label: learningFormName(id, locale) }))}
          themes={themeOptions(await loadThemes(db()), locale)}
          offerings={offerings.map((offering) => ({ value: offering.slug, label: offering.title }))}
        />
      </ClientMessages>
    </>
  );
}

import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { KnowledgeProposalForm } from '@/components/knowledge/KnowledgeProposalForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { asLocale } from '@/lib/i18n/translate';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { TARGET_GROUPS } from '@/lib/reference/vocabularies';

export async function generateMetadata({ params }: PageProps<'/[locale]/kennisbank/voorstellen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'KnowledgeProposal' });
  return { title: t('title'), description: t('intro') };
}

export default async function ProposeKnowledgePage({ params }: PageProps<'/[locale]/kennisbank/voorstellen'>) {
  // Per request: the form carries a one-time token of its own (and the CSP nonce).
  await connection();
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('KnowledgeProposal');
  const crumbs = await getTranslations('common.breadcrumbs');
  const kb = await getTranslations('KnowledgeBase');
  const vocab = await getTranslations('vocab.targetGroups');
  const options = {
    themes: themeOptions(await loadThemes(db()), locale),
    targetGroups: TARGET_GROUPS.map((group) => ({ value: group, label: vocab(group) })),
    learningForms: LEARNING_FORM_IDS.map((id) => ({ value: id, label: learningFormName(id, locale) })),
  };
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: crumbs('home') }, { href: '/kennisbank', label: kb('title') }, { href: '/kennisbank/voorstellen', label: t('title') }]} />
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('intro')}
      </Paragraph>
      <ClientMessages namespaces={['KnowledgeProposal', 'KnowledgeBase', 'KnowledgeProduct', 'forms']}>
        <KnowledgeProposalForm options={options} />
      </ClientMessages>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LearningQuestionForm } from '@/components/learning-question/LearningQuestionForm';
import { MatchRule } from '@/components/learning-question/MatchRule';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { asLocale } from '@/lib/i18n/translate';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { questionFormOptions } from '@/lib/matchmaking/question-form-options';
import { connection } from 'next/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/leervraag'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'learningQuestion' });
  return { title: t('title'), description: t('intro') };
}

export default async function LearningQuestionPage({ params }: PageProps<'/[locale]/leervraag'>) {
  // Per request: the form carries a one-time token of its own for every page view (and the CSP nonce).
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('learningQuestion');
  const vocab = await getTranslations('vocab');
  const options = questionFormOptions(asLocale(locale), (key) => vocab(key as never), (key) => t(key as never), await loadThemes(db()));
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('intro')}
      </Paragraph>
      <ClientMessages namespaces={['learningQuestion', 'forms']}>
        <LearningQuestionForm options={options} />
      </ClientMessages>
      <div className="max-w-3xl">
        <MatchRule id="rule" />
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { StartPlanForm } from '@/components/wizard/StartPlanForm';
import { db } from '@/lib/db/client';
import { findPrefillQuestion } from '@/lib/wizard/start-network-plan';

type Props = PageProps<'/[locale]/leernetwerk-opzetten/nieuw'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'wizard.start' });
  return { title: t('title'), robots: { index: false }, referrer: 'same-origin' };
}

export default async function StartPlanPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const route = query.route === 'light' || query.route === 'full' ? query.route : undefined;
  const leervraag = typeof query.leervraag === 'string' ? query.leervraag : undefined;
  const question = leervraag ? await findPrefillQuestion(db(), leervraag) : null;
  const t = await getTranslations('wizard.start');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      {question ? (
        <Alert type="info" role="none">
          <Paragraph>{t('prefilled', { question: question.question.length > 200 ? `${question.question.slice(0, 199)}…` : question.question })}</Paragraph>
        </Alert>
      ) : leervraag ? (
        <Alert type="warning" role="none">
          <Paragraph>{t('prefillUnavailable')}</Paragraph>
        </Alert>
      ) : null}
      <ClientMessages namespaces={['wizard', 'forms']}>
        <StartPlanForm route={route ?? (question ? 'full' : undefined)} leervraag={question ? leervraag : undefined} />
      </ClientMessages>
    </>
  );
}

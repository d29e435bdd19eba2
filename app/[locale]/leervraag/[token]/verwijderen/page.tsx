import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmDeletion } from '@/components/privacy/ConfirmDeletion';
import { db } from '@/lib/db/client';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { deleteQuestion } from '../question-privacy-actions';

type Props = PageProps<'/[locale]/leervraag/[token]/verwijderen'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.confirm' });
  return { title: t('questionTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function DeleteLearningQuestionPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  if (!(await findLearningQuestionByToken(db(), token))) notFound();
  const t = await getTranslations('privacy.confirm');
  return (
    <ConfirmDeletion
      title={t('questionTitle')}
      paragraphs={[t('questionText'), t('questionKept'), t('questionPlans')]}
      token={token}
      action={deleteQuestion}
      cancelHref={`/leervraag/${token}#je-gegevens`}
    />
  );
}

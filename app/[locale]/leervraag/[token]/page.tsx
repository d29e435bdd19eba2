import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuestionResult } from '@/components/learning-question/QuestionResult';
import { QuestionPersonalData } from '@/components/privacy/QuestionPersonalData';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { findSimilarQuestions } from '@/lib/matchmaking/find-similar-questions';
import { loadThemes } from '@/lib/themes/load-themes';
import { exportLearningQuestion } from '@/lib/privacy/export-learning-question';
import { connection } from 'next/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/leervraag/[token]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'learningQuestion.result' });
  // A private page: never indexed.
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function LearningQuestionResultPage({ params }: PageProps<'/[locale]/leervraag/[token]'>) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale, token } = await params;
  setRequestLocale(locale);
  const question = await findLearningQuestionByToken(db(), token);
  if (!question) notFound();
  const similar = question.consentConnect ? await findSimilarQuestions(question.id, 5, db()) : [];
  const data = await exportLearningQuestion(db(), token);
  if (!data) notFound();
  return (
    <>
      <QuestionResult question={question} token={token} similar={similar} locale={asLocale(locale)} themes={await loadThemes(db())} />
      <div className="max-w-3xl">
        <QuestionPersonalData data={data} token={token} locale={asLocale(locale)} />
      </div>
    </>
  );
}

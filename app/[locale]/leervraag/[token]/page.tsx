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
import { ConnectedNetworks } from '@/components/knowledge/ConnectedNetworks';
import { RelatedKnowledge } from '@/components/knowledge/RelatedKnowledge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { listConnectedNetworks } from '@/lib/connections/offering-connections';
import { listRelatedKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';

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
  // Function 4 on the result: for a parallel or new network, the existing networks to take as example
  // or knowledge partner (setup step 2C/2D), with the reason; and what others learned about this.
  const examples = question.verdict === 'parallel-network' || question.verdict === 'new-network' ? question.matchResults.slice(0, 3) : [];
  const [connected, knowledge, t, themes] = await Promise.all([
    listConnectedNetworks(db(), examples.map((match) => match.offeringId)),
    listRelatedKnowledgeProducts(db(), { themes: question.themes }, 4),
    getTranslations('Connections'),
    loadThemes(db()),
  ]);
  const related = await getTranslations('KnowledgeBase.related');
  return (
    <>
      <QuestionResult question={question} token={token} similar={similar} locale={asLocale(locale)} themes={themes} />
      {examples.length > 0 ? (
        <section aria-labelledby="learn-from-networks" className="mt-8 max-w-3xl">
          <Heading level={2} id="learn-from-networks">{t('matchTitle')}</Heading>
          <Paragraph>{t('matchIntro')}</Paragraph>
          {examples.map((match) => (
            <div key={match.offeringId} className="ww-card mb-4">
              <Heading level={3}>
                <InternalLink href={`/aanbod/${match.offering.slug}`}>{t('exampleOf', { title: match.offering.title })}</InternalLink>
              </Heading>
              <ConnectedNetworks networks={connected.get(match.offeringId) ?? []} headingLevel={4} id={`connected-${match.offeringId}`} />
            </div>
          ))}
        </section>
      ) : null}
      <div className="max-w-3xl">
        <RelatedKnowledge products={knowledge} themes={themes} heading={related('question')} intro={related('questionIntro')} id="question-knowledge" moreHref={`/kennisbank?${question.themes.map((theme) => `theme=${theme}`).join('&')}`} />
      </div>
      <div className="max-w-3xl">
        <QuestionPersonalData data={data} token={token} locale={asLocale(locale)} />
      </div>
    </>
  );
}

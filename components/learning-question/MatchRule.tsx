import { getTranslations } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { CHECK_IDS } from '@/lib/matchmaking/match-learning-question';

const OUTCOMES = ['allYes', 'notFeasible', 'no'] as const;

/**
 * The matchmaking rule in the words of the advice (seed 000 §2.4): the four check-questions and
 * what follows from the answers. One text for the home page, /leervraag and the result page.
 */
export async function MatchRule({ id, level = 2, title }: { id: string; level?: 2 | 3; title?: string }) {
  const t = await getTranslations('learningQuestion.rule');
  return (
    <section aria-labelledby={id} className="ww-match-rule">
      <Heading level={level} id={id}>
        {title ?? t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <ol className="utrecht-ordered-list">
        {CHECK_IDS.map((check) => (
          <li key={check} className="utrecht-ordered-list__item">
            {t(`questions.${check}`)}
          </li>
        ))}
      </ol>
      {OUTCOMES.map((outcome) => (
        <Paragraph key={outcome}>{t(`outcomes.${outcome}`)}</Paragraph>
      ))}
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import type { Locale } from '@/lib/i18n/routing';
import type { LearningQuestionWithMatches } from '@/lib/matchmaking/find-learning-question';
import type { SimilarQuestion } from '@/lib/matchmaking/find-similar-questions';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { MatchChecklist } from './MatchChecklist';
import { MatchRule } from './MatchRule';
import { InstrumentCheckForm } from '@/components/instrument-check/InstrumentCheckForm';

/** The result page of a learning question: the verdict in plain language, next steps, matches. */
export async function QuestionResult({ question, token, similar, locale, themes }: { question: LearningQuestionWithMatches; token: string; similar: SimilarQuestion[]; locale: Locale; themes: ThemeVocabulary }) {
  const t = await getTranslations('learningQuestion.result');
  const vocab = await getTranslations('vocab');
  const check = await getTranslations('InstrumentCheck');
  const date = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const month = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const wizard = `/leernetwerk-opzetten/nieuw?leervraag=${encodeURIComponent(token)}`;
  const verdict = question.verdict;

  return (
    <div className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('privateNote')}</Paragraph>

      <section aria-labelledby="your-question">
        <Heading level={2} id="your-question">
          {t('yourQuestion')}
        </Heading>
        <blockquote className="ww-quote">{question.question}</blockquote>
        <p className="ww-badges">
          {question.themes.map((theme) => (
            <DataBadge key={theme} value={theme}>
              {themes.name(theme, locale)}
            </DataBadge>
          ))}
        </p>
        <Paragraph>{t('asked', { date: date.format(question.createdAt) })}</Paragraph>
      </section>

      <section aria-labelledby="verdict" className="ww-verdict">
        <Heading level={2} id="verdict">
          {t('verdictHeading')}: {vocab(`verdicts.${verdict}`)}
        </Heading>
        <Paragraph purpose="lead">{t(`verdict.${verdict}`)}</Paragraph>
        <Heading level={3}>{t('nextStepsHeading')}</Heading>
        <Paragraph>{t(`nextSteps.${verdict}`)}</Paragraph>
        <p className="ww-actions">
          {verdict === 'join-existing' ? (
            <ButtonLink href="/contact">{t('askIntroduction')}</ButtonLink>
          ) : (
            <>
              <ButtonLink href={wizard}>{verdict === 'new-network' ? t('startWizard') : t('startParallel')}</ButtonLink>
              <ButtonLink href="/contact" purpose="secondary">
                {t('askIntroduction')}
              </ButtonLink>
            </>
          )}
        </p>
      </section>

      {verdict === 'new-network' ? (
        <section aria-labelledby="instrument-check">
          <Heading level={2} id="instrument-check">
            {check('teaserTitle')}
          </Heading>
          <Paragraph>{check('teaserText')}</Paragraph>
          <details className="ww-filter">
            <summary>{check('title')}</summary>
            <InstrumentCheckForm questionToken={token} idPrefix="question-check" />
          </details>
        </section>
      ) : null}

      <MatchRule id="rule" title={t('ruleHeading')} />

      <section aria-labelledby="matches">
        <Heading level={2} id="matches">
          {t('matchesHeading')}
        </Heading>
        {question.matchResults.length === 0 ? <Paragraph>{t('noMatches')}</Paragraph> : null}
        <ol className="ww-matches">
          {question.matchResults.map((match, index) => (
            <li key={match.id} className="ww-match">
              <Heading level={3} id={`match-${index}`}>
                <InternalLink href={`/aanbod/${match.offering.slug}`}>{match.offering.title}</InternalLink>
              </Heading>
              <Paragraph>
                {t('score', { percent: Math.round(match.score * 100) })} · {learningFormName(match.offering.learningFormId, locale)}
                {match.offering.provider ? ` · ${t('organiser')}: ${match.offering.provider}` : ''}
              </Paragraph>
              <MatchChecklist checks={match.checks} labelledBy={`match-${index}`} />
              {match.offering.contactEmail || match.offering.url ? (
                <Paragraph>
                  {match.offering.contactEmail ? (
                    <>
                      {t('contact')}: <Link href={`mailto:${match.offering.contactEmail}`}>{match.offering.contactName ?? match.offering.contactEmail}</Link>{' '}
                    </>
                  ) : null}
                  {match.offering.url ? <Link href={match.offering.url}>{t('website', { title: match.offering.title })}</Link> : null}
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="forms">
        <Heading level={2} id="forms">
          {t('formsHeading')}
        </Heading>
        <Paragraph>{t('formsIntro')}</Paragraph>
        <ul className="utrecht-unordered-list">
          {question.recommendedForms.map((form) => (
            <li key={form} className="utrecht-unordered-list__item">
              {learningFormName(form, locale)}
            </li>
          ))}
        </ul>
      </section>

      {similar.length > 0 ? (
        <section aria-labelledby="similar">
          <Heading level={2} id="similar">
            {t('similarHeading')}
          </Heading>
          <Paragraph>{t('similarIntro')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {similar.map((item) => (
              <li key={item.id} className="utrecht-unordered-list__item">
                {t('similarItem', {
                  themes: item.themes.map((theme) => themes.name(theme, locale)).join(', '),
                  place: item.municipality ?? (item.province ? vocab(`provinces.${item.province}`) : t('nationwide')),
                  month: month.format(new Date(`${item.month}-01T00:00:00Z`)),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

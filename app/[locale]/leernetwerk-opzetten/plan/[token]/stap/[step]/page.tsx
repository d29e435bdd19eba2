import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { buildFieldViews } from '@/components/wizard/build-field-views';
import { PlanProgress } from '@/components/wizard/PlanProgress';
import { ResumeLink } from '@/components/wizard/ResumeLink';
import { STEP_FORM_ID, StepForm } from '@/components/wizard/StepForm';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { findStep, stepsOf } from '@/lib/wizard/plan-steps';
import { RULES_OF_THUMB } from '@/lib/wizard/setup-rules';
import { phaseName, rhythmAlternatives, stepTexts } from '@/lib/wizard/step-texts';
import { connection } from 'next/server';
import { loadThemes } from '@/lib/themes/load-themes';

type Props = PageProps<'/[locale]/leernetwerk-opzetten/plan/[token]/stap/[step]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step } = await params;
  const t = await getTranslations({ locale, namespace: 'wizard' });
  // The private link must not leak through search engines or referrers.
  return { title: `${t('plan.title')} – ${step}`, robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function PlanStepPage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale: rawLocale, token, step: rawStep } = await params;
  const locale = asLocale(rawLocale);
  setRequestLocale(locale);
  const plan = await findNetworkPlan(db(), token);
  const stepNumber = Number(rawStep);
  const step = plan && Number.isInteger(stepNumber) ? findStep(plan.route, stepNumber) : undefined;
  if (!plan || !step) notFound();

  const t = await getTranslations('wizard');
  const texts = stepTexts(plan.route, stepNumber, locale);
  const total = stepsOf(plan.route).length;
  const fields = await buildFieldViews(step, plan.answers, locale, await loadThemes(db()));
  // The advised rhythm is the default until the initiator answers otherwise.
  const answers =
    step.id === 'full-8' && !plan.answers['full-8']
      ? { ...plan.answers, 'full-8': { durationMonths: RULES_OF_THUMB.durationMonths, intervalWeeks: RULES_OF_THUMB.intervalWeeks } }
      : plan.answers;
  const after =
    step.id === 'full-8'
      ? {
          intervalWeeks: (
            <div className="utrecht-paragraph">
              <p>{t('step.rhythmDefault', { months: RULES_OF_THUMB.durationMonths, weeks: RULES_OF_THUMB.intervalWeeks })}</p>
              <p>{t('step.alternatives')}</p>
              <ul className="utrecht-unordered-list">
                {rhythmAlternatives(locale).map((alternative) => (
                  <li key={alternative} className="utrecht-unordered-list__item">
                    {alternative}
                  </li>
                ))}
              </ul>
            </div>
          ),
        }
      : step.id === 'full-3'
        ? { disciplinarity: <Paragraph>{t('step.recommendationsIntro')}</Paragraph> }
        : undefined;

  return (
    <div className="grid gap-x-12 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        <p className="utrecht-paragraph">
          <InternalLink href={`/leernetwerk-opzetten/plan/${token}`}>{plan.title ?? t('plan.untitled')}</InternalLink>
          {step.phaseId ? ` · ${phaseName(step.phaseId, locale)}` : null}
        </p>
        <Heading level={1}>{t('step.title', { number: stepNumber, total, title: texts.title })}</Heading>
        {texts.guidingQuestions.length > 0 ? (
          <section aria-labelledby="guiding-questions">
            <Heading level={2} id="guiding-questions" appearance="level-4">
              {t('step.guidingQuestions')}
            </Heading>
            {texts.parts.length > 0 ? (
              texts.parts.map((part) => (
                <div key={part.letter}>
                  <Heading level={3} appearance="level-5">
                    {part.letter}. {part.title}
                  </Heading>
                  <ul className="utrecht-unordered-list">
                    {part.guidingQuestions.map((question) => (
                      <li key={question} className="utrecht-unordered-list__item">
                        {question}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            ) : (
              <ul className="utrecht-unordered-list">
                {texts.guidingQuestions.map((question) => (
                  <li key={question} className="utrecht-unordered-list__item">
                    {question}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <details className="ww-guidance">
          <summary>{plan.route === 'light' ? t('step.tips') : t('step.guidance')}</summary>
          {plan.route === 'light' ? <Paragraph>{t('step.tipsByTeam')}</Paragraph> : null}
          <ul className="utrecht-unordered-list">
            {texts.guidance.map((text) => (
              <li key={text} className="utrecht-unordered-list__item">
                {text}
              </li>
            ))}
          </ul>
        </details>
        <ClientMessages namespaces={['wizard', 'forms']}>
          <StepForm
            token={token}
            route={plan.route}
            stepNumber={stepNumber}
            totalSteps={total}
            version={plan.version}
            fields={fields}
            answers={answers}
            forms={MENUKAART}
            after={after}
          />
        </ClientMessages>
      </div>
      <aside>
        <ResumeLink token={token} locale={locale} />
        <PlanProgress token={token} route={plan.route} answers={plan.answers} locale={locale} currentStep={stepNumber} formId={STEP_FORM_ID} />
      </aside>
    </div>
  );
}

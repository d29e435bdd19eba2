import { getTranslations } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { LocalisedLink as Link } from '@/components/ui/InternalLink';
import type { Locale } from '@/lib/i18n/routing';
import { isStepFilled, PHASES, stepsOf, type PlanAnswers, type PlanRouteId } from '@/lib/wizard/plan-steps';
import { phaseName, stepTexts } from '@/lib/wizard/step-texts';

/**
 * The steps per phase, marking what is filled in and what is still empty. On a step page every
 * entry is a submit button of the step's form (`formId`), so leaving the step saves it first.
 */
export async function PlanProgress(props: { token: string; route: PlanRouteId; answers: PlanAnswers; locale: Locale; currentStep?: number; formId?: string }) {
  const { token, route, answers, locale, currentStep, formId } = props;
  const t = await getTranslations({ locale, namespace: 'wizard' });
  const steps = stepsOf(route);
  const groups =
    route === 'full'
      ? PHASES.map((phase) => ({ key: phase.id, title: t('plan.phase', { number: phase.number, name: phaseName(phase.id, locale) }), numbers: phase.steps }))
      : [{ key: 'light', title: t('plan.lightRoute'), numbers: steps.map((step) => step.number) }];

  return (
    <nav aria-labelledby="plan-progress" className="ww-plan-progress">
      <Heading level={2} id="plan-progress" appearance="level-4">
        {t('plan.progress')}
      </Heading>
      {groups.map((group) => (
        <div key={group.key}>
          <p className="utrecht-paragraph ww-plan-progress__phase">{group.title}</p>
          <ol className="ww-plan-progress__list">
            {group.numbers.map((number) => {
              const step = steps.find((candidate) => candidate.number === number)!;
              const filled = isStepFilled(answers[step.id]);
              const label = t('plan.stepLink', { number, title: stepTexts(route, number, locale).title });
              const status = number === currentStep ? t('plan.current') : filled ? t('plan.filled') : t('plan.empty');
              return (
                <li key={number} className={filled ? 'ww-plan-progress__step ww-plan-progress__step--filled' : 'ww-plan-progress__step'}>
                  <span aria-hidden="true" className="ww-plan-progress__mark">
                    {filled ? '✓' : '○'}
                  </span>
                  {formId && number !== currentStep ? (
                    <button type="submit" form={formId} name="goto" value={String(number)} className="ww-link-button">
                      {label}
                    </button>
                  ) : number === currentStep ? (
                    <span aria-current="step">{label}</span>
                  ) : (
                    <Link className="nl-link" href={`/leernetwerk-opzetten/plan/${token}/stap/${number}`}>
                      {label}
                    </Link>
                  )}{' '}
                  <span className="ww-plan-progress__status">({status})</span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}

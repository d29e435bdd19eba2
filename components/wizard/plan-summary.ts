// The plan as readable lines per step (field label and answer in words) and its key facts. Shared by
// the summary page and the PDF, so both show the same.
import type { Locale } from '@/lib/i18n/routing';
import { isStepFilled, stepsOf, type PlanAnswers, type PlanRouteId } from '@/lib/wizard/plan-steps';
import { groupSizeRule } from '@/lib/wizard/plan-warnings';
import { RULES_OF_THUMB } from '@/lib/wizard/setup-rules';
import { learningFormTexts, stepTexts } from '@/lib/wizard/step-texts';
import { buildFieldViews } from './build-field-views';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

export interface SummaryStep {
  number: number;
  title: string;
  filled: boolean;
  answers: { name: string; label: string; value: string | undefined }[];
  emptyLabels: string[];
}

function inWords(value: unknown, options: { value: string; label: string }[] | undefined): string | undefined {
  const label = (item: unknown) => options?.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.length > 0 ? value.map(label).join(', ') : undefined;
  if (value === undefined || value === null || value === '') return undefined;
  return label(value);
}

export async function summarisePlan(route: PlanRouteId, answers: PlanAnswers, locale: Locale, themes: ThemeVocabulary): Promise<SummaryStep[]> {
  return Promise.all(
    stepsOf(route).map(async (step) => {
      const views = await buildFieldViews(step, answers, locale, themes);
      const stepAnswers = answers[step.id] ?? {};
      const lines = views.map((view) => ({ name: view.name, label: view.label, value: inWords(stepAnswers[view.name], view.options) }));
      return {
        number: step.number,
        title: stepTexts(route, step.number, locale).title,
        filled: isStepFilled(stepAnswers),
        answers: lines,
        emptyLabels: lines.filter((line) => line.value === undefined).map((line) => line.label),
      };
    }),
  );
}

/** The plan's key facts (decision 0032): the chosen form, group size, rhythm and roles, as the page and the PDF show them. */
export interface PlanFacts {
  form: { name: string; description: string } | undefined;
  /** What to say where no form is chosen yet (the full route chooses one in step 3). */
  noForm: string | undefined;
  facts: { label: string; value: string }[];
}

export function planFacts(
  plan: { route: PlanRouteId; answers: PlanAnswers; chosenFormId: string | null },
  steps: SummaryStep[],
  locale: Locale,
  t: (key: string, values?: Record<string, string | number>) => string,
): PlanFacts {
  const form = plan.chosenFormId ? learningFormTexts(plan.chosenFormId, locale) : undefined;
  const who = plan.answers[`${plan.route}-2`] ?? {};
  const rhythm = plan.answers['full-8'];
  const roleLines = steps.find((step) => step.number === 2)?.answers.filter((line) => ['organiser', 'sponsor', 'developerFacilitator'].includes(line.name)) ?? [];
  const groupSize = `${typeof who.groupSize === 'number' ? `${t('groupSizeValue', { size: who.groupSize })}. ` : ''}${t('groupSizeAdvice', groupSizeRule(plan.route))}`;
  const full =
    plan.route === 'full'
      ? [
          {
            label: t('rhythm'),
            value: `${typeof rhythm?.durationMonths === 'number' && typeof rhythm.intervalWeeks === 'number' ? `${t('rhythmValue', { months: rhythm.durationMonths, weeks: rhythm.intervalWeeks })}. ` : ''}${t('rhythmAdvice', { months: RULES_OF_THUMB.durationMonths, weeks: RULES_OF_THUMB.intervalWeeks })}`,
          },
          { label: t('roles'), value: roleLines.map((line) => `${line.label}: ${line.value ?? t('notAnswered')}`).join(' · ') },
        ]
      : [];
  return {
    form: form && { name: form.name, description: form.description },
    noForm: form || plan.route !== 'full' ? undefined : t('noForm'),
    facts: [{ label: t('groupSize'), value: groupSize }, ...full],
  };
}

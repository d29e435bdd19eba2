// The plan as readable lines per step: field label and answer in words. Shared by the summary page
// and the PDF, so both show the same.
import type { Locale } from '@/lib/i18n/routing';
import { isStepFilled, stepsOf, type PlanAnswers, type PlanRouteId } from '@/lib/wizard/plan-steps';
import { stepTexts } from '@/lib/wizard/step-texts';
import { buildFieldViews } from './build-field-views';

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

export async function summarisePlan(route: PlanRouteId, answers: PlanAnswers, locale: Locale): Promise<SummaryStep[]> {
  return Promise.all(
    stepsOf(route).map(async (step) => {
      const views = await buildFieldViews(step, answers, locale);
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

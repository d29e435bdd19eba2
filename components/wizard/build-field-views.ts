// The texts of a step's fields in the visitor's language, resolved on the server (also outside a
// request: the PDF and the tests use it).
import wizardNl from '@/lib/i18n/messages/nl/wizard.json' with { type: 'json' };
import { getTranslator } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/routing';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { recommendLearningForms, type RecommendationReason } from '@/lib/menukaart/recommend-learning-forms';
import { planLearningNeed } from '@/lib/wizard/plan-learning-need';
import type { PlanAnswers, StepDefinition } from '@/lib/wizard/plan-steps';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { themeOptions } from '@/lib/themes/theme-vocabulary';
import { learningFormTexts } from '@/lib/wizard/step-texts';
import type { FieldView } from './field-view';

const VOCAB_LISTS = new Set(['targetGroups', 'learningLevels', 'disciplinarity', 'intensities', 'learningGoals', 'scales', 'provinces']);

/** `themes`: the learning agenda read for this request (offered themes, plus retired ones the plan already has). */
export async function buildFieldViews(step: StepDefinition, answers: PlanAnswers, locale: Locale, themes: ThemeVocabulary): Promise<FieldView[]> {
  const t = await getTranslator(locale, 'wizard');
  const tv = await getTranslator(locale, 'vocab');
  const fieldTexts = wizardNl.fields as Record<string, { label: string; hint?: string }>;
  const describe = (reason: RecommendationReason) =>
    reason.code === 'goal' ? t('step.reasons.goal', { strength: t(`step.strength.${reason.strength}`) }) : t(`step.reasons.${reason.code}`);

  return step.fields.map((field) => {
    const view: FieldView = {
      name: field.name,
      kind: field.kind,
      label: t(`fields.${field.name}.label`),
      hint: fieldTexts[field.name]?.hint ? t(`fields.${field.name}.hint`) : undefined,
      required: 'required' in field ? field.required : undefined,
      min: 'min' in field ? field.min : undefined,
      max: 'max' in field ? field.max : undefined,
    };
    if (!('options' in field)) return view;
    if (field.name === 'chosenFormId') {
      // The menukaart as a chooser: best-suited forms first, each with why it fits.
      const recommendations = recommendLearningForms(planLearningNeed(answers), MENUKAART);
      view.options = recommendations.map((recommendation) => {
        const form = learningFormTexts(recommendation.formId, locale)!;
        const why = recommendation.reasons.length > 0 ? ` ${t('step.match', { percent: Math.round(recommendation.score * 100) })} ${recommendation.reasons.map(describe).join(', ')}.` : '';
        const scales = t('step.formScales', { scales: form.scales.map((scale) => tv(`scales.${scale}`).toLowerCase()).join(', ') });
        return { value: form.id, label: form.name, description: `${form.goal}${why} ${scales}.` };
      });
      return view;
    }
    if (field.labels === 'themes') {
      const chosen = answers[step.id]?.[field.name];
      view.options = themeOptions(themes, locale, Array.isArray(chosen) ? chosen.map(String) : []);
      return view;
    }
    view.options = field.options.map((value) => ({
      value,
      label:
        VOCAB_LISTS.has(field.labels)
            ? tv(`${field.labels}.${value}`)
            : t(`options.${field.labels}.${value}`),
    }));
    return view;
  });
}

// Texts of the steps, phases and learning forms in the visitor's language, from the
// reference files (the same data that is seeded into the database). Pure.
import setupSteps from '@/prisma/seed/setup-steps.json' with { type: 'json' };
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import type { Locale } from '@/lib/i18n/routing';
import type { PlanRouteId } from '@/lib/wizard/plan-steps';

export interface StepTexts {
  title: string;
  guidingQuestions: string[];
  /** The step's parts A–D as the advice names them (step 2), each with its guiding questions. */
  parts: { letter: string; title: string; guidingQuestions: string[] }[];
  /** Guidance (full route) or practical tips (light route). */
  guidance: string[];
}

export function stepTexts(route: PlanRouteId, number: number, locale: Locale): StepTexts {
  const nl = locale === 'nl';
  if (route === 'light') {
    const step = setupSteps.lightSteps.find((candidate) => candidate.number === number)!;
    return { title: nl ? step.titleNl : step.titleEn, guidingQuestions: [], parts: [], guidance: nl ? step.tipsNl : step.tipsEn };
  }
  const step: (typeof setupSteps.steps)[number] & { parts?: { letter: string; titleNl: string; titleEn: string; questionCount: number }[] } = setupSteps.steps.find(
    (candidate) => candidate.number === number,
  )!;
  const guidingQuestions = nl ? step.guidingQuestionsNl : step.guidingQuestionsEn;
  let first = 0;
  const parts = (step.parts ?? []).map((part) => {
    const questions = guidingQuestions.slice(first, first + part.questionCount);
    first += part.questionCount;
    return { letter: part.letter, title: nl ? part.titleNl : part.titleEn, guidingQuestions: questions };
  });
  return { title: nl ? step.titleNl : step.titleEn, guidingQuestions, parts, guidance: nl ? step.guidanceNl : step.guidanceEn };
}

export function phaseName(phaseId: string, locale: Locale): string {
  const phase = setupSteps.phases.find((candidate) => candidate.id === phaseId)!;
  return locale === 'nl' ? phase.nameNl : phase.nameEn;
}

export function learningFormTexts(id: string, locale: Locale) {
  const form = learningForms.forms.find((candidate) => candidate.id === id);
  if (!form) return undefined;
  const nl = locale === 'nl';
  return { id, name: nl ? form.nameNl : form.nameEn, goal: nl ? form.goalNl : form.goalEn, description: nl ? form.descriptionNl : form.descriptionEn, scales: form.scales };
}

/** The rhythm alternatives the sources give (step 8), shown beside the default. */
export function rhythmAlternatives(locale: Locale): string[] {
  const step = setupSteps.steps.find((candidate) => candidate.number === 8)!;
  return (step.rulesOfThumb?.alternatives ?? []).map((alternative) => `${locale === 'nl' ? alternative.nl : alternative.en} (${alternative.source})`);
}

// Warnings the wizard shows while an initiator fills in the plan, from the domain's rules of thumb
// (lib/wizard/setup-rules.ts, from prisma/seed/setup-steps.json). Pure: the same function runs live
// in the browser and on the plan summary.
import { PARTICIPANT_CONDITIONS, PERSPECTIVES, participantConditionsField, type PlanAnswers, type PlanRouteId } from '@/lib/wizard/plan-steps';
import type { LearningFormProfile } from '@/lib/menukaart/recommend-learning-forms';
import { RULES_OF_THUMB } from '@/lib/wizard/setup-rules';

/** Perspectives a mixed group should have (step 2A): municipality, organisations, knowledge, residents or clients. */
export const KEY_PERSPECTIVES = [['municipality'], ['organisations'], ['knowledge-institution'], ['residents', 'clients']] as const;

/** The advised group size of a route: the full route 12 to 20 (seed 000), the light route its own 5 to 20. */
export function groupSizeRule(route: PlanRouteId): { min: number; max: number } {
  return route === 'light'
    ? { min: RULES_OF_THUMB.lightGroupSizeMin, max: RULES_OF_THUMB.lightGroupSizeMax }
    : { min: RULES_OF_THUMB.groupSizeMin, max: RULES_OF_THUMB.groupSizeMax };
}

export type PlanWarning =
  | { code: 'group-too-small' | 'group-too-large'; step: number; size: number; min: number; max: number }
  | { code: 'missing-perspectives'; step: number; missing: string[] }
  | { code: 'participant-conditions'; step: number; group: string; missing: string[] }
  | { code: 'roles-unfilled'; step: number; missing: string[] }
  | { code: 'scale-not-in-form'; step: number; scale: string; formId: string; formScales: string[] }
  | { code: 'facilitator-count'; step: number; count: number; min: number; max: number }
  | { code: 'rhythm-differs'; step: number; durationMonths?: number; intervalWeeks?: number };

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const asText = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function planWarnings(route: PlanRouteId, answers: PlanAnswers, forms: readonly LearningFormProfile[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const who = answers[`${route}-2`];
  if (who) {
    const size = asNumber(who.groupSize);
    const { min, max } = groupSizeRule(route);
    if (size !== undefined && size < min) warnings.push({ code: 'group-too-small', step: 2, size, min, max });
    if (size !== undefined && size > max) warnings.push({ code: 'group-too-large', step: 2, size, min, max });
    const perspectives = asList(who.perspectives);
    if (perspectives.length > 0 && who.groupComposition !== 'peers') {
      const missing = KEY_PERSPECTIVES.filter((options) => !options.some((option) => perspectives.includes(option))).map((options) => options[0]);
      if (missing.length > 0) warnings.push({ code: 'missing-perspectives', step: 2, missing });
    }
  }
  if (route === 'full') {
    if (who && Object.keys(who).length > 0) {
      // Willen, kunnen, mogen: checked for every participant group the plan names.
      for (const group of PERSPECTIVES.filter((perspective) => asList(who.perspectives).includes(perspective))) {
        const conditions = asList(who[participantConditionsField(group)]);
        const missing = PARTICIPANT_CONDITIONS.filter((condition) => !conditions.includes(condition));
        if (missing.length > 0) warnings.push({ code: 'participant-conditions', step: 2, group, missing });
      }
      const roles = (['organiser', 'sponsor', 'developerFacilitator'] as const).filter((role) => asText(who[role]) === '');
      if (roles.length > 0) warnings.push({ code: 'roles-unfilled', step: 2, missing: roles });
    }
    const formId = answers['full-3']?.chosenFormId;
    const scale = answers['full-4']?.scale;
    const form = forms.find((candidate) => candidate.id === formId);
    if (form && typeof scale === 'string' && !form.scales.includes(scale)) {
      warnings.push({ code: 'scale-not-in-form', step: 4, scale, formId: form.id, formScales: form.scales });
    }
    const count = asNumber(answers['full-5']?.facilitatorCount);
    const { facilitatorCountMin, facilitatorCountMax } = RULES_OF_THUMB;
    if (count !== undefined && (count < facilitatorCountMin || count > facilitatorCountMax)) {
      warnings.push({ code: 'facilitator-count', step: 5, count, min: facilitatorCountMin, max: facilitatorCountMax });
    }
    const rhythm = answers['full-8'];
    const durationMonths = asNumber(rhythm?.durationMonths);
    const intervalWeeks = asNumber(rhythm?.intervalWeeks);
    if ((durationMonths !== undefined && durationMonths !== RULES_OF_THUMB.durationMonths) || (intervalWeeks !== undefined && intervalWeeks !== RULES_OF_THUMB.intervalWeeks)) {
      warnings.push({ code: 'rhythm-differs', step: 8, durationMonths, intervalWeeks });
    }
  }
  return warnings;
}

/** The warnings that belong on one step's page. */
export function stepWarnings(step: number, warnings: readonly PlanWarning[]): PlanWarning[] {
  return warnings.filter((warning) => warning.step === step);
}

// Once the network runs, its plan becomes a catalogue submission ("Zelf leeraanbod bijdragen"),
// pre-filled from the answers. Pure: the result is checked by the submission's own schema, so what
// the plan lacks comes back as errors that name the field.
import type { OfferingSubmissionInput } from '@/lib/catalogue/offering-submission-schema';
import type { PlanAnswers } from '@/lib/wizard/plan-steps';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const clip = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`);

export function planToOfferingSubmission(
  plan: { title: string | null; chosenFormId: string | null; answers: PlanAnswers },
  submitter: { name: string; email: string },
  cadence: (weeks: number) => string,
): OfferingSubmissionInput {
  const what = plan.answers['full-1'] ?? {};
  const who = plan.answers['full-2'] ?? {};
  const how = plan.answers['full-3'] ?? {};
  const where = plan.answers['full-4'] ?? {};
  const rhythm = plan.answers['full-8'] ?? {};
  const summary = text(what.ambition) ?? text(what.mainQuestions);
  const province = text(where.province);
  const area = text(where.area);
  return {
    title: plan.title ?? '',
    summary: summary ? clip(summary, 600) : '',
    description: text(what.mainQuestions),
    themes: list(what.themes),
    learningForm: plan.chosenFormId ?? '',
    scales: text(where.scale) ? [String(where.scale)] : [],
    provinces: province ? [province] : undefined,
    municipalities: area ? [area] : undefined,
    targetGroups: list(who.targetGroups) as OfferingSubmissionInput['targetGroups'],
    levels: list(how.levels) as OfferingSubmissionInput['levels'],
    disciplinarity: text(how.disciplinarity) as OfferingSubmissionInput['disciplinarity'],
    openToJoin: true,
    capacity: typeof who.groupSize === 'number' ? who.groupSize : undefined,
    startDate: text(rhythm.startDate),
    cadence: typeof rhythm.intervalWeeks === 'number' ? cadence(rhythm.intervalWeeks) : undefined,
    submitterName: submitter.name,
    submitterEmail: submitter.email,
  } as OfferingSubmissionInput;
}

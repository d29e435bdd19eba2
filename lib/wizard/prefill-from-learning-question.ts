// A plan that starts from a learning question (leervraag) whose verdict was that a new or parallel
// network is needed: the question's answers fill the wizard's first steps. Pure.
import type { PlanAnswers, PlanRouteId } from '@/lib/wizard/plan-steps';

/** The verdicts of the matchmaking that lead to the wizard. */
export const PREFILL_VERDICTS = ['new-network', 'parallel-network'] as const;

export interface LearningQuestionForPlan {
  question: string;
  themes: string[];
  urgency: string | null;
  targetGroups: string[];
  levels: string[];
  disciplinarity: string | null;
  groupSize: number | null;
  learningGoal: string | null;
  intensity: string | null;
  scale: string;
  province: string | null;
  municipality: string | null;
  verdict: string | null;
}

export function canPrefillFrom(question: Pick<LearningQuestionForPlan, 'verdict'>): boolean {
  return (PREFILL_VERDICTS as readonly string[]).includes(question.verdict ?? '');
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
/** Only values the step schema accepts are carried over; the rest the initiator fills in. */
const given = <T>(value: T | null | undefined) => (value === null || value === '' ? undefined : value);

export function prefillFromLearningQuestion(route: PlanRouteId, question: LearningQuestionForPlan): PlanAnswers {
  const title = clip(question.question.trim().split('\n')[0]!, 200);
  const themes = question.themes.slice(0, 5);
  const groupSize = question.groupSize !== null && question.groupSize >= 2 && question.groupSize <= 500 ? question.groupSize : undefined;
  if (route === 'light') {
    return { 'light-1': { title, themes, why: clip(question.question, 4000) }, 'light-2': { groupSize } };
  }
  return {
    'full-1': {
      title,
      themes,
      mainQuestions: clip(question.question, 4000),
      learningGoal: given(question.learningGoal),
      urgency: ['low', 'medium', 'high'].includes(question.urgency ?? '') ? question.urgency : undefined,
    },
    'full-2': { targetGroups: question.targetGroups, groupSize },
    'full-3': { intensity: given(question.intensity), levels: question.levels, disciplinarity: given(question.disciplinarity) },
    'full-4': { scale: question.scale === 'organisation' ? undefined : question.scale, province: given(question.province), area: given(question.municipality) },
  };
}

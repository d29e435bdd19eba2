// What the wizard's answers so far say about the learning need, for the menukaart recommender
// (step 3, "hoe"). Pure.
import type { LearningNeed } from '@/lib/menukaart/recommend-learning-forms';
import { DISCIPLINARITIES, INTENSITIES, LEARNING_GOALS, LEARNING_LEVELS, QUESTION_SCALES } from '@/lib/reference/vocabularies';
import type { PlanAnswers } from '@/lib/wizard/plan-steps';

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

export function planLearningNeed(answers: PlanAnswers): LearningNeed {
  const what = answers['full-1'] ?? {};
  const who = answers['full-2'] ?? {};
  const how = answers['full-3'] ?? {};
  const where = answers['full-4'] ?? {};
  const levels = Array.isArray(how.levels) ? how.levels.filter((level) => LEARNING_LEVELS.includes(level)) : [];
  return {
    learningGoal: oneOf(LEARNING_GOALS, what.learningGoal),
    intensity: oneOf(INTENSITIES, how.intensity),
    levels: levels.length > 0 ? levels : undefined,
    disciplinarity: oneOf(DISCIPLINARITIES, how.disciplinarity),
    scale: oneOf(QUESTION_SCALES, where.scale),
    homogeneousGroup: who.groupComposition === 'peers' ? true : who.groupComposition === 'mixed' ? false : undefined,
  };
}

// Which learning forms of the menukaart best suit a learning need. Pure: the forms come in as data.
// Used by the matchmaking engine (recommendedForms) and by the setup wizard (step 3, "hoe").
import type { Disciplinarity, Intensity, LearningGoal, LearningLevel, Scale } from '@/lib/reference/vocabularies';

/** What the recommender needs to know of a learning form (a row of the menukaart). */
export interface LearningFormProfile {
  id: string;
  intensity: string;
  learningLevels: string[];
  disciplinarity: string[];
  scales: string[];
}

/** The learning need, as far as the asker has told it. Everything is optional. */
export interface LearningNeed {
  learningGoal?: LearningGoal;
  preferredForms?: string[];
  intensity?: Intensity;
  levels?: LearningLevel[];
  disciplinarity?: Disciplinarity;
  scale?: Scale;
  /** A group of peers from one field (true) or a mix of sectors and levels (false). */
  homogeneousGroup?: boolean;
}

export type RecommendationReason =
  | { code: 'goal'; goal: LearningGoal; strength: 'strong' | 'medium' | 'weak' }
  | { code: 'preferred' }
  | { code: 'intensity'; intensity: Intensity }
  | { code: 'levels'; levels: LearningLevel[] }
  | { code: 'disciplinarity'; disciplinarity: Disciplinarity }
  | { code: 'scale'; scale: Scale }
  | { code: 'group'; homogeneous: boolean };

export interface FormRecommendation {
  formId: string;
  /** 0..1: the share of the given criteria this form meets, weighted. */
  score: number;
  reasons: RecommendationReason[];
}

const STRENGTH = { strong: 1, medium: 0.6, weak: 0.3 } as const;

/**
 * Which forms serve which learning goal. Our reading of the menukaart's goal column (seed 000,
 * Bijlage 1); see docs/decisions/0009-learning-form-recommendations.md.
 */
export const GOAL_FIT: Record<LearningGoal, Partial<Record<string, keyof typeof STRENGTH>>> = {
  inspiration: { 'single-learning-inspiration-events': 'strong', 'community-of-practice': 'weak' },
  reflection: { 'intervision-supervision-groups': 'strong', 'community-of-practice': 'medium' },
  improvement: {
    'learning-improvement-trajectory-quality-compass': 'strong',
    breakthrough: 'strong',
    'neighbourhood-city-lab': 'medium',
    'community-of-practice': 'medium',
    'action-research': 'weak',
  },
  innovation: { 'living-lab': 'strong', 'neighbourhood-city-lab': 'medium', 'action-research': 'medium' },
  research: { 'action-research': 'strong', 'living-lab': 'medium', 'learning-improvement-trajectory-quality-compass': 'weak' },
  'system-change': { 'transition-arena': 'strong', 'living-lab': 'weak' },
};

const WEIGHTS = { goal: 0.4, preferred: 0.2, intensity: 0.2, levels: 0.1, disciplinarity: 0.1, scale: 0.05 } as const;

/** The menukaart only distinguishes mono and multi; "multi" there stands for multi- and/or interdisciplinary. */
function formAllows(form: LearningFormProfile, disciplinarity: Disciplinarity): boolean {
  return form.disciplinarity.includes(disciplinarity === 'inter' ? 'multi' : disciplinarity);
}

export function scoreLearningForm(form: LearningFormProfile, need: LearningNeed): FormRecommendation {
  const reasons: RecommendationReason[] = [];
  let earned = 0;
  let possible = 0;

  if (need.learningGoal) {
    possible += WEIGHTS.goal;
    const strength = GOAL_FIT[need.learningGoal][form.id];
    if (strength) {
      earned += WEIGHTS.goal * STRENGTH[strength];
      reasons.push({ code: 'goal', goal: need.learningGoal, strength });
    }
  }
  if (need.preferredForms && need.preferredForms.length > 0) {
    possible += WEIGHTS.preferred;
    if (need.preferredForms.includes(form.id)) {
      earned += WEIGHTS.preferred;
      reasons.push({ code: 'preferred' });
    }
  }
  if (need.intensity) {
    possible += WEIGHTS.intensity;
    if (form.intensity === need.intensity) {
      earned += WEIGHTS.intensity;
      reasons.push({ code: 'intensity', intensity: need.intensity });
    }
  }
  // A homogeneous group suggests horizontal, monodisciplinary learning; a mixed one the opposite.
  const levels = need.levels?.length ? need.levels : need.homogeneousGroup === undefined ? undefined : need.homogeneousGroup ? (['horizontal'] as LearningLevel[]) : (['vertical'] as LearningLevel[]);
  const disciplinarity = need.disciplinarity ?? (need.homogeneousGroup === undefined ? undefined : need.homogeneousGroup ? 'mono' : 'multi');
  if (levels) {
    possible += WEIGHTS.levels;
    const met = levels.filter((level) => form.learningLevels.includes(level));
    if (met.length > 0) {
      earned += (WEIGHTS.levels * met.length) / levels.length;
      reasons.push(need.levels?.length ? { code: 'levels', levels: met } : { code: 'group', homogeneous: need.homogeneousGroup! });
    }
  }
  if (disciplinarity) {
    possible += WEIGHTS.disciplinarity;
    if (formAllows(form, disciplinarity)) {
      earned += WEIGHTS.disciplinarity;
      if (need.disciplinarity) reasons.push({ code: 'disciplinarity', disciplinarity });
      else if (!reasons.some((reason) => reason.code === 'group')) reasons.push({ code: 'group', homogeneous: need.homogeneousGroup! });
    }
  }
  if (need.scale) {
    possible += WEIGHTS.scale;
    if (form.scales.includes(need.scale)) {
      earned += WEIGHTS.scale;
      reasons.push({ code: 'scale', scale: need.scale });
    }
  }
  const score = possible === 0 ? 0 : Math.round((earned / possible) * 1000) / 1000;
  return { formId: form.id, score, reasons };
}

/** All forms, best first; ties keep the menukaart's order (the order of `forms`). */
export function recommendLearningForms(need: LearningNeed, forms: readonly LearningFormProfile[]): FormRecommendation[] {
  return forms
    .map((form, index) => ({ recommendation: scoreLearningForm(form, need), index }))
    .sort((a, b) => b.recommendation.score - a.recommendation.score || a.index - b.index)
    .map(({ recommendation }) => recommendation);
}

/** The ids of the best-suited forms: at most `limit`, only forms that meet something. */
export function topLearningForms(need: LearningNeed, forms: readonly LearningFormProfile[], limit = 3): string[] {
  return recommendLearningForms(need, forms)
    .filter((recommendation) => recommendation.score > 0)
    .slice(0, limit)
    .map((recommendation) => recommendation.formId);
}

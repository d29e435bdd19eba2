// The menukaart as profiles for the recommender, read from the reference file (no database needed).
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import type { LearningFormProfile } from '@/lib/menukaart/recommend-learning-forms';

export const MENUKAART: readonly LearningFormProfile[] = learningForms.forms.map((form) => ({
  id: form.id,
  intensity: form.intensity,
  learningLevels: form.learningLevels,
  disciplinarity: form.disciplinarity,
  scales: form.scales,
}));

import { describe, expect, it } from 'vitest';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { recommendLearningForms, scoreLearningForm, topLearningForms, type LearningNeed } from '@/lib/menukaart/recommend-learning-forms';

describe('recommending learning forms from the menukaart', () => {
  it.each<[string, LearningNeed, string]>([
    ['inspiration → one-off events (congres, festival, masterclass)', { learningGoal: 'inspiration' }, 'single-learning-inspiration-events'],
    ['reflection on own practice → intervision', { learningGoal: 'reflection' }, 'intervision-supervision-groups'],
    ['improving a practice with policy, practice and science → quality compass', { learningGoal: 'improvement', disciplinarity: 'multi', levels: ['vertical'] }, 'learning-improvement-trajectory-quality-compass'],
    ['innovating with many parties → living lab', { learningGoal: 'innovation' }, 'living-lab'],
    ['researching while acting → action research', { learningGoal: 'research' }, 'action-research'],
    ['changing the system → transition arena', { learningGoal: 'system-change' }, 'transition-arena'],
    ['short area-based problem solving, local and light → wijklab', { learningGoal: 'improvement', intensity: 'light', scale: 'local' }, 'neighbourhood-city-lab'],
    ['peers reflecting nationally → intervision', { learningGoal: 'reflection', homogeneousGroup: true, scale: 'national' }, 'intervision-supervision-groups'],
  ])('%s', (_case, need, expected) => {
    expect(recommendLearningForms(need, MENUKAART)[0]!.formId).toBe(expected);
  });

  it('gives a preferred form a head start but not the win against a clear goal', () => {
    const ranking = recommendLearningForms({ learningGoal: 'system-change', preferredForms: ['community-of-practice'] }, MENUKAART);
    expect(ranking[0]!.formId).toBe('transition-arena');
    expect(ranking.findIndex((entry) => entry.formId === 'community-of-practice')).toBeLessThan(4);
  });

  it('reads "inter" as the menukaart\'s multidisciplinary forms', () => {
    const cop = MENUKAART.find((form) => form.id === 'intervision-supervision-groups')!;
    expect(scoreLearningForm(cop, { disciplinarity: 'inter' }).score).toBe(0);
    const lab = MENUKAART.find((form) => form.id === 'living-lab')!;
    expect(scoreLearningForm(lab, { disciplinarity: 'inter' })).toMatchObject({ score: 1, reasons: [{ code: 'disciplinarity', disciplinarity: 'inter' }] });
  });

  it('scores in [0,1], names its reasons, and keeps the menukaart order on ties', () => {
    const ranking = recommendLearningForms({}, MENUKAART);
    expect(ranking.map((entry) => entry.formId)).toEqual(MENUKAART.map((form) => form.id));
    for (const entry of recommendLearningForms({ learningGoal: 'innovation', intensity: 'intensive', scale: 'regional', levels: ['vertical'] }, MENUKAART)) {
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(1);
      expect(entry.score > 0).toBe(entry.reasons.length > 0);
    }
  });

  it('recommends at most three forms, and none when nothing is known', () => {
    expect(topLearningForms({ learningGoal: 'improvement' }, MENUKAART)).toHaveLength(3);
    expect(topLearningForms({}, MENUKAART)).toEqual([]);
  });
});

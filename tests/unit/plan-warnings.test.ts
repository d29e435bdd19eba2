// The wizard's warnings, from the domain's rules of thumb (setup-steps.json): table-driven.
import { describe, expect, it } from 'vitest';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { recommendLearningForms } from '@/lib/menukaart/recommend-learning-forms';
import { planLearningNeed } from '@/lib/wizard/plan-learning-need';
import { planWarnings, stepWarnings } from '@/lib/wizard/plan-warnings';
import { RULES_OF_THUMB } from '@/lib/wizard/setup-rules';
import { PERSPECTIVES, participantConditionsField, type PlanAnswers } from '@/lib/wizard/plan-steps';

const codes = (answers: PlanAnswers, route: 'light' | 'full' = 'full') => planWarnings(route, answers, MENUKAART).map((warning) => warning.code);
const allConditions = Object.fromEntries(PERSPECTIVES.map((group) => [participantConditionsField(group), ['willen', 'kunnen', 'mogen']]));
const complete2 = { ...allConditions, organiser: 'Gemeente', sponsor: 'Wethouder', developerFacilitator: 'Hogeschool' };

describe('rules of thumb come from the domain file', () => {
  it('advises 12–20 participants, 2–3 facilitators, 18 months with 6 weeks between meetings', () => {
    expect(RULES_OF_THUMB).toEqual({
      groupSizeMin: 12,
      groupSizeMax: 20,
      lightGroupSizeMin: 5,
      lightGroupSizeMax: 20,
      facilitatorCountMin: 2,
      facilitatorCountMax: 3,
      durationMonths: 18,
      intervalWeeks: 6,
    });
  });
});

describe('group size (step 2A)', () => {
  it.each([
    [4, ['group-too-small'], ['group-too-small']],
    [5, ['group-too-small'], []],
    [8, ['group-too-small'], []],
    [11, ['group-too-small'], []],
    [12, [], []],
    [20, [], []],
    [21, ['group-too-large'], ['group-too-large']],
    [60, ['group-too-large'], ['group-too-large']],
  ])('%i participants → full route %j, light route (its own 5 to 20) %j', (groupSize, full, light) => {
    expect(codes({ 'full-2': { ...complete2, groupSize } })).toEqual(full);
    expect(codes({ 'light-2': { groupSize } }, 'light')).toEqual(light);
  });
});

describe('perspectives (step 2A)', () => {
  it.each([
    [['municipality', 'organisations', 'knowledge-institution', 'residents'], 'mixed', undefined],
    [['municipality', 'organisations', 'knowledge-institution', 'clients'], undefined, undefined],
    [['municipality'], 'mixed', ['organisations', 'knowledge-institution', 'residents']],
    [['residents', 'organisations'], undefined, ['municipality', 'knowledge-institution']],
    [['residents'], 'peers', undefined],
    [[], 'mixed', undefined],
  ])('%j in a %s group → missing %j', (perspectives, groupComposition, missing) => {
    const warning = planWarnings('full', { 'full-2': { ...complete2, perspectives, groupComposition } }, MENUKAART).find((w) => w.code === 'missing-perspectives');
    expect(warning && 'missing' in warning ? warning.missing : undefined).toEqual(missing);
  });
});

describe('willen, kunnen, mogen and the roles (step 2B)', () => {
  it('names the roles nobody fills', () => {
    const warnings = planWarnings('full', { 'full-2': { organiser: 'Gemeente Zwolle' } }, MENUKAART);
    expect(warnings).toEqual([{ code: 'roles-unfilled', step: 2, missing: ['sponsor', 'developerFacilitator'] }]);
  });
  it.each([
    ['every ticked group confirmed', ['municipality', 'residents'], { municipality: ['willen', 'kunnen', 'mogen'], residents: ['willen', 'kunnen', 'mogen'] }, []],
    ['one group lacks two', ['municipality', 'residents'], { municipality: ['willen', 'kunnen', 'mogen'], residents: ['willen'] }, [['residents', ['kunnen', 'mogen']]]],
    ['a ticked group not answered at all', ['clients'], {}, [['clients', ['willen', 'kunnen', 'mogen']]]],
    ['groups not ticked are not checked', ['municipality'], { municipality: ['willen', 'kunnen', 'mogen'], residents: [] }, []],
    ['two groups, each missing one', ['organisations', 'knowledge-institution'], { organisations: ['willen', 'kunnen'], 'knowledge-institution': ['kunnen', 'mogen'] }, [['organisations', ['mogen']], ['knowledge-institution', ['willen']]]],
  ] as const)('willen/kunnen/mogen per participant group: %s', (_case, perspectives, conditions, expected) => {
    const answers = Object.fromEntries(Object.entries(conditions).map(([group, list]) => [`conditions-${group}`, list]));
    const warnings = planWarnings('full', { 'full-2': { perspectives, groupComposition: 'peers', ...answers, organiser: 'Gemeente', sponsor: 'Wethouder', developerFacilitator: 'Hogeschool' } }, MENUKAART);
    expect(warnings.flatMap((warning) => (warning.code === 'participant-conditions' ? [[warning.group, warning.missing]] : []))).toEqual(expected);
  });
  it('says nothing about step 2 before it is filled in', () => {
    expect(codes({})).toEqual([]);
  });
});

describe('scale against the chosen form (step 4)', () => {
  it.each([
    ['intervision-supervision-groups', 'local', true],
    ['intervision-supervision-groups', 'regional', false],
    ['neighbourhood-city-lab', 'national', true],
    ['community-of-practice', 'national', false],
    ['living-lab', 'national', true],
  ])('%s at %s scale warns: %s', (chosenFormId, scale, warns) => {
    expect(codes({ 'full-3': { chosenFormId }, 'full-4': { scale } }).includes('scale-not-in-form')).toBe(warns);
  });
  it('warns for a form whose scales exclude the chosen one', () => {
    const form = MENUKAART.find((candidate) => !candidate.scales.includes('national'))!;
    expect(stepWarnings(4, planWarnings('full', { 'full-3': { chosenFormId: form.id }, 'full-4': { scale: 'national' } }, MENUKAART))).toEqual([
      { code: 'scale-not-in-form', step: 4, scale: 'national', formId: form.id, formScales: form.scales },
    ]);
  });
});

describe('facilitators (step 5) and rhythm (step 8)', () => {
  it.each([
    [1, true],
    [2, false],
    [3, false],
    [4, true],
  ])('%i facilitators warns: %s', (facilitatorCount, warns) => {
    expect(codes({ 'full-5': { facilitatorCount } }).includes('facilitator-count')).toBe(warns);
  });
  it.each([
    [18, 6, false],
    [36, 13, true],
    [18, 3, true],
    [undefined, undefined, false],
  ])('%s months every %s weeks differs: %s', (durationMonths, intervalWeeks, differs) => {
    expect(codes({ 'full-8': { durationMonths, intervalWeeks } }).includes('rhythm-differs')).toBe(differs);
  });
});

describe('the recommender reads the wizard answers (step 3)', () => {
  it('turns goal, group and scale into a learning need', () => {
    const need = planLearningNeed({ 'full-1': { learningGoal: 'reflection' }, 'full-2': { groupComposition: 'peers' }, 'full-4': { scale: 'local' } });
    expect(need).toEqual({ learningGoal: 'reflection', homogeneousGroup: true, scale: 'local', intensity: undefined, levels: undefined, disciplinarity: undefined });
    expect(recommendLearningForms(need, MENUKAART)[0]!.formId).toBe('intervision-supervision-groups');
  });
  it('ignores values outside the vocabularies', () => {
    expect(planLearningNeed({ 'full-1': { learningGoal: 'fun' }, 'full-3': { levels: ['sideways'] } })).toMatchObject({ learningGoal: undefined, levels: undefined });
  });
});

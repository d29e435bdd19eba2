// The step schemas built from the field descriptions: what the wizard accepts and refuses.
import { describe, expect, it } from 'vitest';
import { issueMessage } from '@/lib/validation/describe-issue';
import { emptyFields, findStep, FULL_STEPS, isStepFilled, LIGHT_STEPS, participantConditionsField, PERSPECTIVES, PHASES, stepSchema, todayInNetherlands } from '@/lib/wizard/plan-steps';
import { toPdfText } from '@/lib/wizard/pdf-text';
import { prefillFromLearningQuestion, canPrefillFrom } from '@/lib/wizard/prefill-from-learning-question';

const firstError = (step: string, answers: Record<string, unknown>) => {
  const definition = [...FULL_STEPS, ...LIGHT_STEPS].find((candidate) => candidate.id === step)!;
  const result = stepSchema(definition).safeParse(answers, { reportInput: true });
  return result.success ? undefined : { path: result.error.issues[0]!.path.join('.'), message: issueMessage(result.error.issues[0]!, 'nl') };
};

describe('steps and phases', () => {
  it('has ten full steps in three phases (1–4, 5–8, 9–10) and five light steps', () => {
    expect(FULL_STEPS.map((step) => step.id)).toEqual(Array.from({ length: 10 }, (_, index) => `full-${index + 1}`));
    expect(PHASES.map((phase) => phase.steps)).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]);
    expect(LIGHT_STEPS).toHaveLength(5);
    expect(findStep('light', 6)).toBeUndefined();
  });
});

describe('step schemas', () => {
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  it.each([
    ['full-1', { title: 'Wijkaanpak Deventer', themes: ['area-based-liveability-safety'] }, undefined],
    ['full-1', { title: '' }, { path: 'title', message: 'Dit veld is verplicht.' }],
    ['full-1', { title: 'x'.repeat(201) }, { path: 'title', message: 'Gebruik hoogstens 200 tekens.' }],
    ['full-1', { title: '<script>alert(1)</script>' }, { path: 'title', message: 'Gebruik geen HTML of scripts in dit veld.' }],
    ['full-1', { title: 'Prima titel', ambition: 'a < b en <img src=x>' }, { path: 'ambition', message: 'Gebruik geen HTML of scripts in dit veld.' }],
    ['full-1', { title: 'Kosten < baten & "meer"' }, undefined],
    ['full-1', { title: 'Prima titel', urgency: 'extreme' }, { path: 'urgency', message: expect.stringContaining('Onbekende waarde') }],
    ['full-1', { title: 'Prima titel', unknown: 'x' }, { path: '', message: 'Onbekend veld: unknown.' }],
    ['full-2', { groupSize: 0 }, { path: 'groupSize', message: 'Vul een getal van minstens 2 in.' }],
    ['full-2', { groupSize: 100_000 }, { path: 'groupSize', message: 'Vul een getal van hoogstens 500 in.' }],
    ['full-2', { groupSize: 12.5 }, { path: 'groupSize', message: 'Vul een heel getal in.' }],
    ['full-2', { groupSize: '14', perspectives: 'municipality' }, undefined],
    ['full-8', { startDate: '2020-01-01' }, { path: 'startDate', message: 'Kies een datum vanaf vandaag.' }],
    ['full-8', { startDate: '2027-02-30' }, { path: 'startDate', message: expect.stringMatching(/datum/) }],
    ['full-8', { startDate: tomorrow, durationMonths: 18, intervalWeeks: 6 }, undefined],
    ['light-4', { meetingDate: todayInNetherlands() }, undefined],
  ])('%s %j → %j', (step, answers, expected) => {
    expect(firstError(step, answers)).toEqual(expected);
  });

  it('turns empty form values into "not given" and keeps lists as lists', () => {
    const parsed = stepSchema(findStep('full', 2)!).parse({ groupSize: '', organiser: '  ', perspectives: undefined });
    expect(parsed).toEqual({ groupSize: undefined, organiser: undefined, perspectives: [], targetGroups: [], ...Object.fromEntries(PERSPECTIVES.map((group) => [participantConditionsField(group), []])) });
  });

  it('knows which fields are still empty', () => {
    const step = findStep('light', 4)!;
    expect(isStepFilled({ meetingPlace: undefined, agenda: '' })).toBe(false);
    expect(isStepFilled({ meetingPlace: 'Buurthuis' })).toBe(true);
    expect(emptyFields(step, { meetingPlace: 'Buurthuis' })).toEqual(['meetingDate', 'agenda']);
  });
});

describe('pre-fill from a learning question', () => {
  const question = {
    question: 'Hoe betrekken we statushouders bij de buurt?\nMeer uitleg volgt.',
    themes: ['a', 'b', 'c', 'd', 'e', 'f'],
    urgency: 'high',
    targetGroups: ['professionals'],
    levels: ['vertical'],
    disciplinarity: 'multi',
    groupSize: 1000,
    learningGoal: 'improvement',
    intensity: 'intensive',
    scale: 'regional',
    province: 'utrecht',
    municipality: null,
    verdict: 'new-network',
  };
  it('only for a new or parallel network', () => {
    expect(['new-network', 'parallel-network', 'join-existing', null].map((verdict) => canPrefillFrom({ verdict }))).toEqual([true, true, false, false]);
  });
  it('fills the first four steps with what the schemas accept', () => {
    const answers = prefillFromLearningQuestion('full', question);
    expect(answers['full-1']).toMatchObject({ title: 'Hoe betrekken we statushouders bij de buurt?', themes: ['a', 'b', 'c', 'd', 'e'], urgency: 'high', learningGoal: 'improvement' });
    expect(answers['full-2']).toEqual({ targetGroups: ['professionals'], groupSize: undefined });
    expect(answers['full-4']).toEqual({ scale: 'regional', province: 'utrecht', area: undefined });
    expect(prefillFromLearningQuestion('light', question)['light-1']).toMatchObject({ title: 'Hoe betrekken we statushouders bij de buurt?' });
  });
});

describe('text for the PDF standard font', () => {
  it.each([
    ['Cliënten en ervaringsdeskundigen', 'Cliënten en ervaringsdeskundigen'],
    ['“Samen” – leren…', '"Samen" - leren...'],
    ['Łódź en Erdős', 'Lódz en Erdos'],
    ['Kosten € 50', 'Kosten EUR 50'],
    ['Buurt 🏘️ fest', 'Buurt ?? fest'],
    ['中文', '??'],
  ])('%s → %s', (input, expected) => {
    expect(toPdfText(input)).toBe(expected);
  });
});

describe('a running network to the catalogue', () => {
  const cadence = (weeks: number) => `Elke ${weeks} weken`;
  it('fills the submission from the plan, and the submission schema accepts it', async () => {
    const { offeringSubmissionSchema } = await import('@/lib/catalogue/offering-submission-schema');
    const { planToOfferingSubmission } = await import('@/lib/wizard/plan-to-offering-submission');
    const input = planToOfferingSubmission(
      {
        title: 'Leerkring vroegsignalering',
        chosenFormId: 'community-of-practice',
        answers: {
          'full-1': { ambition: 'Signalen van zorgen eerder oppakken met corporaties en wijkteams.', themes: ['area-based-liveability-safety'] },
          'full-2': { targetGroups: ['professionals'], groupSize: 16 },
          'full-4': { scale: 'regional', province: 'overijssel' },
          'full-8': { intervalWeeks: 6, durationMonths: 18 },
        },
      },
      { name: 'Anouk Jansen', email: 'anouk@example.nl' },
      cadence,
    );
    expect(input).toMatchObject({ learningForm: 'community-of-practice', scales: ['regional'], provinces: ['overijssel'], capacity: 16, cadence: 'Elke 6 weken', openToJoin: true });
    expect(offeringSubmissionSchema.safeParse(input).success).toBe(true);
  });
  it('leaves out what the plan does not say, so the schema names what is missing', async () => {
    const { offeringSubmissionSchema } = await import('@/lib/catalogue/offering-submission-schema');
    const { planToOfferingSubmission } = await import('@/lib/wizard/plan-to-offering-submission');
    const result = offeringSubmissionSchema.safeParse(planToOfferingSubmission({ title: 'Plan', chosenFormId: null, answers: {} }, { name: 'A B', email: 'a@example.nl' }, cadence));
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((issue) => issue.path[0]))).toEqual(new Set(['summary', 'themes', 'learningForm', 'scales', 'targetGroups']));
  });
});

// "Is a learning network the right instrument?" Before the wizard: LISO's five conditions (seed 002,
// chapter 1) and NJi's questions on goal and form (seed 001, §1). Pure: the answers in, a verdict with
// its reasons out. It never blocks: whatever it says, the initiator may go on with the wizard.
import { z } from 'zod';

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** LISO's five conditions; a learning network fits when all hold. */
export const CONDITIONS = ['multipleCauses', 'intertwined', 'manyParties', 'interdisciplinary', 'othersOnIt'] as const;
export type Condition = (typeof CONDITIONS)[number];

/**
 * What the initiator mainly wants to achieve (NJi: set the goal first, then choose the form), each
 * mapped to the instrument LISO's table "Project of werkgroep?" or NJi names for it.
 */
export const GOALS = ['learnAndInnovate', 'inspire', 'addKnowledge', 'clearGoal', 'boundedProblem', 'knownOutcome'] as const;
export type Goal = (typeof GOALS)[number];

export const INSTRUMENTS = ['learning-network', 'meeting', 'training', 'project', 'working-group', 'project-group'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

const GOAL_INSTRUMENT: Record<Goal, Instrument> = {
  learnAndInnovate: 'learning-network',
  inspire: 'meeting',
  addKnowledge: 'training',
  clearGoal: 'project',
  boundedProblem: 'working-group',
  knownOutcome: 'project-group',
};

/** NJi's questions on support and involvement: they do not change the instrument, they add advice. */
export const NJI_QUESTIONS = ['support', 'equallyInvolved'] as const;
export type NjiQuestion = (typeof NJI_QUESTIONS)[number];

const answer = z.enum(ANSWERS).optional().catch(undefined);

/** The check's answers as the GET form puts them in the URL; anything unreadable counts as not answered. */
export const instrumentCheckSchema = z.object({
  multipleCauses: answer,
  intertwined: answer,
  manyParties: answer,
  interdisciplinary: answer,
  othersOnIt: answer,
  goal: z.enum(GOALS).optional().catch(undefined),
  support: answer,
  equallyInvolved: answer,
});
export type InstrumentCheckAnswers = z.output<typeof instrumentCheckSchema>;

export type Reason =
  /** A condition that holds for a learning network ("yes"; for othersOnIt: "no"). */
  | { code: 'conditionMet'; condition: Condition }
  | { code: 'conditionNotMet'; condition: Condition }
  | { code: 'conditionUnsure'; condition: Condition }
  | { code: 'goalPointsTo'; goal: Goal; instrument: Instrument }
  | { code: 'noSupport' }
  | { code: 'unequalInvolvement' };

export interface InstrumentVerdict {
  /** `fits`: a learning network fits; `check`: nothing speaks against it yet, but some answers are open; `other`: another instrument fits better. */
  verdict: 'fits' | 'check' | 'other';
  instrument: Instrument;
  reasons: Reason[];
  /** Someone else may already be on it: look in the catalogue first. */
  lookInCatalogue: boolean;
  /** At least one question was answered (otherwise there is nothing to say yet). */
  answered: boolean;
}

/** "yes" means the condition holds, except for othersOnIt, where "no" does. */
function holds(condition: Condition, given: Answer | undefined): boolean | undefined {
  if (given === undefined || given === 'unsure') return undefined;
  return condition === 'othersOnIt' ? given === 'no' : given === 'yes';
}

/** Without a goal that names another instrument: the one that fits when a condition fails (LISO's table). */
function alternativeFor(failed: readonly Condition[]): Instrument {
  // A problem without several intertwined causes is a bounded, manageable one: a working group.
  if (failed.includes('multipleCauses') || failed.includes('intertwined')) return 'working-group';
  // Few parties or one discipline: learning together is not central, a project reaches the goal.
  if (failed.includes('manyParties') || failed.includes('interdisciplinary')) return 'project';
  return 'learning-network';
}

export function checkInstrument(answers: InstrumentCheckAnswers): InstrumentVerdict {
  const reasons: Reason[] = [];
  const failed: Condition[] = [];
  let open = false;
  for (const condition of CONDITIONS) {
    const given = answers[condition];
    const state = holds(condition, given);
    if (state === true) reasons.push({ code: 'conditionMet', condition });
    else if (state === false) {
      reasons.push({ code: 'conditionNotMet', condition });
      failed.push(condition);
    } else {
      open = true;
      if (given === 'unsure') reasons.push({ code: 'conditionUnsure', condition });
    }
  }
  const goalInstrument = answers.goal ? GOAL_INSTRUMENT[answers.goal] : undefined;
  if (answers.goal && goalInstrument) reasons.unshift({ code: 'goalPointsTo', goal: answers.goal, instrument: goalInstrument });
  if (answers.support === 'no') reasons.push({ code: 'noSupport' });
  if (answers.equallyInvolved === 'no') reasons.push({ code: 'unequalInvolvement' });
  if (answers.goal === undefined) open = true;

  const lookInCatalogue = answers.othersOnIt === 'yes' || answers.othersOnIt === 'unsure';
  const answered = Object.values(answers).some((value) => value !== undefined);

  // The goal decides first: LISO's table names the better instrument for each goal.
  if (goalInstrument && goalInstrument !== 'learning-network') return { verdict: 'other', instrument: goalInstrument, reasons, lookInCatalogue, answered };
  // A failed condition other than "someone else is on it" (that one sends to the catalogue, not to another instrument).
  const failedShape = failed.filter((condition) => condition !== 'othersOnIt');
  if (failedShape.length > 0) return { verdict: 'other', instrument: alternativeFor(failedShape), reasons, lookInCatalogue, answered };
  const verdict = open || failed.length > 0 ? 'check' : 'fits';
  return { verdict, instrument: 'learning-network', reasons, lookInCatalogue, answered };
}

/** The answers as URL parameters (to link back to the check with them). */
export function instrumentCheckParams(answers: InstrumentCheckAnswers): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) if (value !== undefined) params.set(key, value);
  return params;
}

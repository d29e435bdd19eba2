// "Is a learning network the right instrument?": LISO's five conditions and table, NJi's goal first.
import { describe, expect, it } from 'vitest';
import { checkInstrument, instrumentCheckSchema, type InstrumentCheckAnswers } from '@/lib/instrument-check/instrument-check';

const allHold: InstrumentCheckAnswers = { multipleCauses: 'yes', intertwined: 'yes', manyParties: 'yes', interdisciplinary: 'yes', othersOnIt: 'no', goal: 'learnAndInnovate' };

describe('checkInstrument', () => {
  it('a learning network fits when all five conditions hold and the goal is learning and innovating together', () => {
    const result = checkInstrument(allHold);
    expect(result).toMatchObject({ verdict: 'fits', instrument: 'learning-network', lookInCatalogue: false, answered: true });
    expect(result.reasons.filter((reason) => reason.code === 'conditionMet')).toHaveLength(5);
  });

  it.each([
    ['addKnowledge', 'training'],
    ['clearGoal', 'project'],
    ['boundedProblem', 'working-group'],
    ['knownOutcome', 'project-group'],
    ['inspire', 'meeting'],
  ] as const)('the goal %s points to %s (LISO "Project of werkgroep?", NJi), with the reason', (goal, instrument) => {
    const result = checkInstrument({ ...allHold, goal });
    expect(result).toMatchObject({ verdict: 'other', instrument });
    expect(result.reasons[0]).toEqual({ code: 'goalPointsTo', goal, instrument });
  });

  it('a problem without several intertwined causes fits a working group; few parties or one discipline a project', () => {
    expect(checkInstrument({ ...allHold, intertwined: 'no' })).toMatchObject({ verdict: 'other', instrument: 'working-group' });
    expect(checkInstrument({ ...allHold, interdisciplinary: 'no' })).toMatchObject({ verdict: 'other', instrument: 'project' });
    expect(checkInstrument({ ...allHold, manyParties: 'no' }).reasons).toContainEqual({ code: 'conditionNotMet', condition: 'manyParties' });
  });

  it('someone else already on it sends to the catalogue first, without another instrument', () => {
    const result = checkInstrument({ ...allHold, othersOnIt: 'yes' });
    expect(result).toMatchObject({ verdict: 'check', instrument: 'learning-network', lookInCatalogue: true });
    expect(result.reasons).toContainEqual({ code: 'conditionNotMet', condition: 'othersOnIt' });
    expect(checkInstrument({ ...allHold, othersOnIt: 'unsure' }).lookInCatalogue).toBe(true);
  });

  it('open answers leave it at "check", naming what is unsure; NJi\'s support questions add advice', () => {
    const result = checkInstrument({ ...allHold, multipleCauses: 'unsure', support: 'no', equallyInvolved: 'no' });
    expect(result.verdict).toBe('check');
    expect(result.reasons).toEqual(expect.arrayContaining([{ code: 'conditionUnsure', condition: 'multipleCauses' }, { code: 'noSupport' }, { code: 'unequalInvolvement' }]));
    expect(checkInstrument({ ...allHold, goal: undefined }).verdict).toBe('check');
  });

  it('nothing answered says nothing yet; unreadable URL values count as not answered', () => {
    expect(checkInstrument({}).answered).toBe(false);
    const parsed = instrumentCheckSchema.parse({ multipleCauses: 'maybe', goal: 'world-peace', intertwined: 'yes' });
    expect(parsed).toEqual({ intertwined: 'yes' });
    expect(checkInstrument(parsed)).toMatchObject({ answered: true, verdict: 'check' });
  });
});

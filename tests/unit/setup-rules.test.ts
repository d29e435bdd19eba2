import { describe, expect, it } from 'vitest';
import setupSteps from '@/prisma/seed/setup-steps.json' with { type: 'json' };
import { RULES_OF_THUMB, SETUP_PHASES } from '@/lib/wizard/setup-rules';

const step = (number: number) => setupSteps.steps.find((candidate) => candidate.number === number)!.rulesOfThumb!;
const lightStep2 = setupSteps.lightSteps.find((candidate) => candidate.number === 2)!.rulesOfThumb!;

describe('setup rules written out for the browser', () => {
  it('are the phases of the seed, in their order', () => {
    expect(SETUP_PHASES).toEqual(setupSteps.phases.map((phase) => ({ id: phase.id, number: phase.number })));
  });

  it('are the rules of thumb of the seed', () => {
    expect(RULES_OF_THUMB).toEqual({
      groupSizeMin: step(2).groupSizeMin,
      groupSizeMax: step(2).groupSizeMax,
      lightGroupSizeMin: lightStep2.groupSizeMin,
      lightGroupSizeMax: lightStep2.groupSizeMax,
      facilitatorCountMin: step(5).facilitatorCountMin,
      facilitatorCountMax: step(5).facilitatorCountMax,
      durationMonths: step(8).durationMonths,
      intervalWeeks: step(8).sessionIntervalWeeks,
    });
  });
});

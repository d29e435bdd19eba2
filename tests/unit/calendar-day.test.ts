import { describe, expect, it } from 'vitest';
import { isCalendarDay, todayInNetherlands } from '@/lib/validation/calendar-day';
import { offeringRecordSchema } from '@/lib/catalogue/offering-record';
import { learningQuestionSchema } from '@/lib/matchmaking/learning-question-schema';
import { findStep, stepSchema } from '@/lib/wizard/plan-steps';
import { offeringRecord } from '@/tests/support/offering-factory';

const IMPOSSIBLE = ['2026-13-01', '2027-02-30', '2027-02-29', '2026-04-31', '2026-00-10', '2026-1-01', 'morgen'];

describe('one calendar-day check', () => {
  it('takes real days only', () => {
    for (const day of ['2026-01-01', '2028-02-29', '2026-12-31']) expect(isCalendarDay(day), day).toBe(true);
    for (const day of IMPOSSIBLE) expect(isCalendarDay(day), day).toBe(false);
  });

  it('is what every schema with a date uses: offering, learning question, wizard step', () => {
    for (const day of IMPOSSIBLE) {
      const offering = offeringRecordSchema.safeParse(offeringRecord({ startDate: day }));
      expect(offering.error?.issues.map((issue) => issue.path.join('.')), day).toEqual(['startDate']);
      const question = learningQuestionSchema.safeParse({ startFrom: day });
      expect(question.error?.issues.some((issue) => issue.path.join('.') === 'startFrom'), day).toBe(true);
      const step = stepSchema(findStep('light', 4)!).safeParse({ meetingDate: day });
      expect(step.error?.issues.map((issue) => issue.path.join('.')), day).toEqual(['meetingDate']);
    }
  });

  it('gives today in the Netherlands, also just after midnight there', () => {
    expect(todayInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNetherlands(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

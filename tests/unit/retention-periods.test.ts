// The retention periods: one module read by the retention job and the privacy statement, and the
// statement's sentences name exactly those numbers in both languages.
import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import { retentionCutoffs, retentionPeriods } from '@/lib/privacy/retention-periods';

describe('retention periods', () => {
  it('take the months from RETENTION_MONTHS and fix the rest', () => {
    expect(retentionPeriods({ RETENTION_MONTHS: 18 })).toEqual({ handledItemMonths: 18, unconfirmedFollowDays: 7, sentMailBodyDays: 90, clientAddressHours: 24 });
  });

  it('put each cutoff exactly one period before now', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const cutoffs = retentionCutoffs(retentionPeriods({ RETENTION_MONTHS: 24 }), now);
    expect(cutoffs.handledItems.toISOString()).toBe('2024-12-07T10:00:00.000Z');
    expect(cutoffs.unconfirmedFollows.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(cutoffs.sentMailBodies.toISOString()).toBe('2026-09-08T10:00:00.000Z');
    expect(cutoffs.clientAddresses.toISOString()).toBe('2026-12-06T10:00:00.000Z');
  });
});

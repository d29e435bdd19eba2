// The retention periods: one module read by the retention job and the privacy statement, and the
// statement's sentences name exactly those numbers in both languages.
import { describe, expect, it } from 'vitest';
import { getTranslator } from '@/lib/i18n/translate';
import { retentionCutoffs, retentionPeriods, retentionStatement } from '@/lib/privacy/retention-periods';

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

describe('the privacy statement on retention', () => {
  it.each([
    ['nl', ['18 maanden', '7 dagen', '90 dagen', '24 uur']],
    ['en', ['18 months', '7 days', '90 days', '24 hours']],
  ] as const)('names the configured periods in %s, and no other number', async (locale, expected) => {
    const t = await getTranslator(locale, 'pages.privacy.retention');
    const sentences = retentionStatement(retentionPeriods({ RETENTION_MONTHS: 18 })).map(([key, values]) => t(`items.${key}`, values));
    const text = sentences.join(' ');
    for (const period of expected) expect(text).toContain(period);
    expect(text.match(/\d+/g)!.sort()).toEqual(['18', '18', '18', '18', '24', '7', '90'].sort());
    expect(text).not.toMatch(/2 jaar|2 years/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkRecurrence, expandOccurrences, horizonEnd, MAX_OCCURRENCES } from '@/lib/agenda/recurrence';
import { instantToLocal, isLocalDateTime, localToInstant } from '@/lib/agenda/meeting-time';
import { validateMeetingRecords } from '@/lib/agenda/import-meetings';

const local = (value: string) => localToInstant(value);

describe('meeting times in Europe/Amsterdam', () => {
  it('reads local wall-clock time in winter and summer', () => {
    expect(local('2027-01-12T19:30').toISOString()).toBe('2027-01-12T18:30:00.000Z');
    expect(local('2027-07-12T19:30').toISOString()).toBe('2027-07-12T17:30:00.000Z');
    expect(instantToLocal(new Date('2027-07-12T17:30:00Z'))).toBe('2027-07-12T19:30');
  });

  it('refuses days and times that do not exist', () => {
    for (const value of ['2027-02-30T10:00', '2027-03-28T02:30', '2027-13-01T10:00', '2027-01-01 10:00', '2027-01-01T24:00', 'morgen']) {
      expect(isLocalDateTime(value), value).toBe(false);
    }
  });
});

describe('recurrence rules', () => {
  it('accepts RRULE values and gives them in normal form', () => {
    expect(checkRecurrence('FREQ=WEEKLY;INTERVAL=6;COUNT=8')).toEqual({ ok: true, value: 'FREQ=WEEKLY;COUNT=8;INTERVAL=6' });
    expect(checkRecurrence('RRULE:FREQ=MONTHLY;BYDAY=2TU').ok).toBe(true);
  });

  it('refuses what is not a rule, or repeats more than daily', () => {
    for (const value of ['', 'garbage', 'INTERVAL=2', 'FREQ=WEEKLY;FOO=1', 'FREQ=DAILY;BYDAY=XX', 'FREQ=WEEKLY;COUNT=0', 'FREQ=WEEKLY;INTERVAL=0', 'FREQ=WEEKLY;FREQ=DAILY']) {
      expect(checkRecurrence(value).ok, value).toBe(false);
    }
    expect(checkRecurrence('FREQ=HOURLY;COUNT=3')).toEqual({ ok: false, problem: 'recurrenceFrequency' });
  });
});

describe('expanding a series', () => {
  const series = { startsAt: local('2027-03-10T19:30'), endsAt: local('2027-03-10T21:00'), recurrence: 'FREQ=WEEKLY;INTERVAL=6;COUNT=8' };

  it('keeps the local time across summer time and follows COUNT', () => {
    const dates = expandOccurrences(series, new Date('2030-01-01T00:00:00Z'));
    expect(dates).toHaveLength(8);
    expect(dates.map((d) => instantToLocal(d.startsAt))).toEqual([
      '2027-03-10T19:30', '2027-04-21T19:30', '2027-06-02T19:30', '2027-07-14T19:30',
      '2027-08-25T19:30', '2027-10-06T19:30', '2027-11-17T19:30', '2027-12-29T19:30',
    ]);
    expect(dates.every((d) => d.endsAt.getTime() - d.startsAt.getTime() === 90 * 60_000)).toBe(true);
    // 10 March is winter time (UTC+1), 21 April summer time (UTC+2)
    expect(dates[0]!.startsAt.toISOString()).toBe('2027-03-10T18:30:00.000Z');
    expect(dates[1]!.startsAt.toISOString()).toBe('2027-04-21T17:30:00.000Z');
  });

  it('applies moved and cancelled dates, ordered by their new start', () => {
    const dates = expandOccurrences(
      {
        ...series,
        overrides: [
          { recurrenceId: local('2027-04-21T19:30'), cancelled: true, startsAt: null, endsAt: null },
          { recurrenceId: local('2027-06-02T19:30'), cancelled: false, startsAt: local('2027-04-01T14:00'), endsAt: local('2027-04-01T16:00') },
          { recurrenceId: local('2027-06-03T19:30'), cancelled: true, startsAt: null, endsAt: null },
        ],
      },
      new Date('2030-01-01T00:00:00Z'),
    );
    expect(dates).toHaveLength(8);
    expect(dates[1]).toMatchObject({ recurrenceId: local('2027-06-02T19:30'), startsAt: local('2027-04-01T14:00'), moved: true, cancelled: false });
    expect(dates[2]).toMatchObject({ recurrenceId: local('2027-04-21T19:30'), cancelled: true, moved: false });
    expect(dates.filter((d) => d.cancelled)).toHaveLength(1);
  });

  it('stops an endless series at the horizon and never lists more than the maximum', () => {
    const endless = { startsAt: local('2027-01-04T10:00'), endsAt: local('2027-01-04T11:00'), recurrence: 'FREQ=WEEKLY' };
    const until = horizonEnd(endless, new Date('2026-12-01T00:00:00Z'));
    const dates = expandOccurrences(endless, until);
    expect(dates.length).toBeGreaterThan(70);
    expect(dates.at(-1)!.startsAt <= until).toBe(true);
    expect(expandOccurrences({ ...endless, recurrence: 'FREQ=DAILY' }, new Date('2040-01-01T00:00:00Z'))).toHaveLength(MAX_OCCURRENCES);
  });

  it('gives a single meeting as one date', () => {
    expect(expandOccurrences({ ...series, recurrence: null })).toEqual([{ recurrenceId: series.startsAt, startsAt: series.startsAt, endsAt: series.endsAt, cancelled: false, moved: false }]);
  });
});

describe('import validation', () => {
  const good = { slug: 'intervisie-maart', title: 'Intervisie jeugd', summary: 'Een avond intervisie over casuïstiek.', start: '2027-03-10T19:30', end: '2027-03-10T21:00', themes: ['integrated-preventive-signalling'], place: 'Utrecht' };

  it('reports every invalid record with its index and field, in Dutch and English', () => {
    const { records, issues } = validateMeetingRecords([
      good,
      { ...good, slug: 'b', end: '2027-03-10T19:00' },
      { ...good, slug: 'end-before', end: '2027-03-10T19:00' },
      { ...good, slug: 'bad-rule', recurrence: 'FREQ=SOMETIMES' },
      { ...good, slug: 'bad-time', start: '2027-02-30T10:00' },
      { ...good, slug: 'nowhere', place: undefined },
      good,
    ]);
    expect(records).toHaveLength(1);
    const where = issues.map((issue) => `${issue.index}:${issue.path}`);
    expect(where).toEqual(expect.arrayContaining(['1:slug', '2:end', '3:recurrence', '4:start', '5:place', '6:slug']));
    expect(issues.find((issue) => issue.index === 2)!.message).toMatch(/Einde: .* \/ End: /);
  });

  it('refuses a file that is not a list', () => {
    expect(validateMeetingRecords({}).issues[0]!.index).toBe(-1);
  });
});

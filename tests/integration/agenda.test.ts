// The agenda against a real PostgreSQL: the import (all or nothing, upsert by slug, SEQUENCE), the
// agenda query with its filters and counts, the open-data API, and the calendar feeds read back with
// a real iCalendar parser (ical.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getMeetings } from '@/app/api/meetings/route';
import { GET as getMeeting } from '@/app/api/meetings/[id]/route';
import { GET as getAgendaFeed } from '@/app/agenda.ics/route';
import { GET as getOfferingFeed } from '@/app/aanbod/[slug]/agenda.ics/route';
import { GET as getMeetingFile } from '@/app/agenda/[slug]/bijeenkomst.ics/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { validateMeetingRecords, writeMeetings } from '@/lib/agenda/import-meetings';
import { meetingQuerySchema } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { localToInstant } from '@/lib/agenda/meeting-time';
import { writeMeetingOccurrences } from '@/lib/agenda/write-meeting-occurrences';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';
import { offeringRecord } from '@/tests/support/offering-factory';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, checked field by field
type Json = Record<string, any>;

const adminUrl = inject('adminUrl');
let url: string;
let prisma: Db;
const originalUrl = process.env.DATABASE_URL;

const SERIES = {
  slug: 'intervisie-jeugd-reeks',
  offering: 'jeugd-netwerk-utrecht',
  title: 'Intervisie jeugdprofessionals',
  summary: 'Elke zes weken bespreken jeugdprofessionals samen een casus.',
  start: '2099-03-10T19:30',
  end: '2099-03-10T21:00',
  recurrence: 'FREQ=WEEKLY;INTERVAL=6;COUNT=4',
  place: 'Buurthuis De Linde',
  municipality: 'Utrecht',
  province: 'utrecht',
  themes: ['youth-care'],
  targetGroups: ['professionals'],
  learningForm: 'intervision-supervision-groups',
  capacity: 12,
};
const ONLINE = {
  slug: 'webinar-armoede',
  title: 'Webinar armoede in de wijk',
  summary: 'Een online middag over wat werkt tegen armoede in de wijk.',
  start: '2099-02-01T14:00',
  end: '2099-02-01T15:30',
  online: true,
  onlineUrl: 'https://meet.example.nl/armoede',
  linkVisibility: 'registered',
  themes: ['poverty'],
  targetGroups: ['policy-makers'],
  registrationEmail: 'aanmelden@example.nl',
};
const CANCELLED = {
  slug: 'inspiratie-gaat-niet-door',
  title: 'Inspiratiemiddag die niet doorgaat',
  summary: 'Deze middag over de sociale basis gaat niet door.',
  start: '2099-04-01T13:00',
  end: '2099-04-01T17:00',
  place: 'Zwolle',
  municipality: 'Zwolle',
  province: 'overijssel',
  themes: ['social-base'],
  status: 'cancelled',
};
const PAST = { ...ONLINE, slug: 'webinar-vorig-jaar', title: 'Webinar van vorig jaar', start: '2020-02-01T14:00', end: '2020-02-01T15:30' };

function importCli(records: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-')), 'meetings.json');
  fs.writeFileSync(file, JSON.stringify(records));
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/agenda-import.ts', file], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
}

async function importRecords(records: unknown[]) {
  const { records: valid, issues } = validateMeetingRecords(records);
  expect(issues).toEqual([]);
  const outcome = await writeMeetings(prisma, valid, { actorLabel: 'test' });
  if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}

async function parseCalendar(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { text, calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

beforeAll(async () => {
  url = await createMigratedDatabase(adminUrl, { seed: 'reference' });
  prisma = createPrismaClient(url);
  process.env.DATABASE_URL = url;
  const { records } = validateOfferingRecords([offeringRecord({ slug: 'jeugd-netwerk-utrecht', title: 'Jeugdnetwerk Utrecht' })]);
  await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'test' });
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
  await dropDatabase(adminUrl, url);
});

describe('agenda:import', () => {
  it('reports every invalid record with index and field, and writes nothing', () => {
    const run = importCli([SERIES, { ...ONLINE, end: '2099-02-01T13:00' }, { ...CANCELLED, recurrence: 'FREQ=SOMETIMES' }]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/record 1 \(webinar-armoede\), field end: Einde: .* \/ End: /);
    expect(run.stderr).toMatch(/record 2 \(inspiratie-gaat-niet-door\), field recurrence: Herhaling: /);
    expect(run.stderr).toMatch(/nothing was imported/);
  });

  it('refuses a record naming an offering that does not exist, and writes nothing', async () => {
    const run = importCli([ONLINE, { ...SERIES, offering: 'bestaat-niet' }]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/record 1 \(intervisie-jeugd-reeks\), field offering: /);
    expect(await prisma.meeting.count()).toBe(0);
  });

  it('imports, then upserts by slug and raises SEQUENCE only for a changed meeting', async () => {
    const run = importCli([SERIES, ONLINE, CANCELLED, PAST]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/4 new, 0 updated/);
    const again = await importRecords([{ ...SERIES, title: 'Intervisie jeugdprofessionals (nieuwe titel)' }, ONLINE]);
    expect(again).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    const series = await prisma.meeting.findUniqueOrThrow({ where: { slug: SERIES.slug }, include: { occurrences: { orderBy: { startsAt: 'asc' } }, offering: true } });
    expect(series.sequence).toBe(1);
    expect(series.offering?.slug).toBe('jeugd-netwerk-utrecht');
    expect(series.startsAt.toISOString()).toBe('2099-03-10T18:30:00.000Z');
    expect(series.occurrences.map((o) => o.startsAt.toISOString())).toEqual(['2099-03-10T18:30:00.000Z', '2099-04-21T17:30:00.000Z', '2099-06-02T17:30:00.000Z', '2099-07-14T17:30:00.000Z']);
    expect((await prisma.meeting.findUniqueOrThrow({ where: { slug: ONLINE.slug } })).sequence).toBe(0);
  });
});

describe('the agenda query', () => {
  const query = (input: Record<string, unknown> = {}) => meetingQuerySchema.parse(input);

  it('lists upcoming meetings at their next date, with counts, and the past on their own', async () => {
    const upcoming = await searchMeetings(prisma, query());
    expect(upcoming.items.map((item) => item.slug)).toEqual(['webinar-armoede', 'intervisie-jeugd-reeks', 'inspiratie-gaat-niet-door']);
    expect(upcoming.items[1]).toMatchObject({ dates: 4, offering: { slug: 'jeugd-netwerk-utrecht' } });
    expect(upcoming.items[2]).toMatchObject({ cancelled: true, status: 'cancelled' });
    expect(upcoming.facets.attendance).toEqual({ online: 1, onsite: 2 });
    expect(upcoming.facets.province).toEqual({ utrecht: 1, overijssel: 1 });
    const past = await searchMeetings(prisma, query(), 'past');
    expect(past.items.map((item) => item.slug)).toEqual(['webinar-vorig-jaar']);
  });

  it('filters on theme, form, province, target group, online/on site and dates (Dutch days)', async () => {
    const slugs = async (input: Record<string, unknown>) => (await searchMeetings(prisma, query(input))).items.map((item) => item.slug);
    expect(await slugs({ theme: ['poverty', 'social-base'] })).toEqual(['webinar-armoede', 'inspiratie-gaat-niet-door']);
    expect(await slugs({ form: ['intervision-supervision-groups'] })).toEqual(['intervisie-jeugd-reeks']);
    expect(await slugs({ province: ['overijssel'] })).toEqual(['inspiratie-gaat-niet-door']);
    expect(await slugs({ targetGroup: ['policy-makers'] })).toEqual(['webinar-armoede']);
    expect(await slugs({ attendance: 'onsite', theme: ['youth-care'] })).toEqual(['intervisie-jeugd-reeks']);
    // From 1 May: the series at its third date, the others are over by then.
    const may = await searchMeetings(prisma, query({ from: '2099-05-01' }));
    expect(may.items.map((item) => [item.slug, item.startsAt, item.dates])).toEqual([['intervisie-jeugd-reeks', '2099-06-02T17:30:00.000Z', 2]]);
    expect(await slugs({ from: '2099-02-01', to: '2099-02-01' })).toEqual(['webinar-armoede']);
  });

  it('follows a moved and a cancelled date of the series', async () => {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SERIES.slug } });
    await prisma.$transaction(async (tx) => {
      await tx.meetingOccurrenceOverride.createMany({
        data: [
          { meetingId: meeting.id, recurrenceId: localToInstant('2099-03-10T19:30'), cancelled: true },
          { meetingId: meeting.id, recurrenceId: localToInstant('2099-04-21T19:30'), startsAt: localToInstant('2099-04-22T10:00'), endsAt: localToInstant('2099-04-22T11:30') },
        ],
      });
      await tx.meeting.update({ where: { id: meeting.id }, data: { sequence: { increment: 1 } } });
      await writeMeetingOccurrences(tx, [meeting.id]);
    });
    const result = await searchMeetings(prisma, query({ theme: ['youth-care'] }));
    expect(result.items[0]).toMatchObject({ startsAt: localToInstant('2099-04-22T10:00').toISOString(), cancelled: false, dates: 4 });
  });
});

describe('GET /api/meetings', () => {
  const api = async (query = '') => {
    const response = await getMeetings(new Request(`http://test.local/api/meetings${query}`));
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('answers the agenda with paging and facets, and never shows a link meant for registered people', async () => {
    const { status, body } = await api('?pageSize=2');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({ slug: 'webinar-armoede', url: 'http://test.local/agenda/webinar-armoede', ics: 'http://test.local/agenda/webinar-armoede/bijeenkomst.ics' });
    expect(JSON.stringify(body)).not.toContain('meet.example.nl');
    // The series' first date was cancelled above: it now comes at its moved second date (22 April), last.
    expect((await api('?page=2&pageSize=2')).body.items.map((item: Json) => item.slug)).toEqual(['intervisie-jeugd-reeks']);
    expect((await api('?when=past')).body.items.map((item: Json) => item.slug)).toEqual(['webinar-vorig-jaar']);
  });

  it('refuses a bad parameter, naming it', async () => {
    for (const query of ['?theme=bestaat-niet', '?attendance=somewhere', '?from=2099-02-30', '?from=2099-03-01&to=2099-02-01', '?when=later', '?pageSize=500']) {
      const { status, body } = await api(query);
      expect(status, query).toBe(400);
      expect(body.issues.length, query).toBeGreaterThan(0);
    }
  });

  it('gives one meeting by id or slug, with its dates', async () => {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SERIES.slug } });
    const response = await getMeeting(new Request(`http://test.local/api/meetings/${meeting.id}`), { params: Promise.resolve({ id: meeting.id }) });
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ slug: SERIES.slug, start: '2099-03-10T19:30', recurrence: 'FREQ=WEEKLY;COUNT=4;INTERVAL=6', sequence: 2 });
    expect(body.occurrences).toHaveLength(4);
    expect(body.occurrences.filter((o: Json) => o.cancelled)).toHaveLength(1);
    expect(body.occurrences.filter((o: Json) => o.moved)).toHaveLength(1);
    const bySlug = await getMeeting(new Request('http://test.local/api/meetings/webinar-armoede'), { params: Promise.resolve({ id: 'webinar-armoede' }) });
    expect(((await bySlug.json()) as Json).onlineUrl).toBeNull();
    const missing = await getMeeting(new Request('http://test.local/api/meetings/niets'), { params: Promise.resolve({ id: 'niets' }) });
    expect(missing.status).toBe(404);
  });
});

describe('calendar feeds', () => {
  it('/agenda.ics: VTIMEZONE, stable UIDs, SEQUENCE, STATUS:CANCELLED, RRULE with EXDATE and RECURRENCE-ID', async () => {
    const { text, events } = await parseCalendar(await getAgendaFeed(new Request('http://test.local/agenda.ics')));
    expect(text).toContain('TZID:Europe/Amsterdam');
    const series = events.filter((event) => event.summary.startsWith('Intervisie'));
    expect(series).toHaveLength(2);
    const master = series.find((event) => !event.isRecurrenceException())!;
    const moved = series.find((event) => event.isRecurrenceException())!;
    expect(moved.uid).toBe(master.uid);
    expect(master.component.getFirstPropertyValue('sequence')).toBe(2);
    expect(master.startDate.toJSDate().toISOString()).toBe('2099-03-10T18:30:00.000Z');
    expect(master.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect(String(master.component.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=4;INTERVAL=6');
    // The parser's own expansion: the cancelled first date is left out, the moved one is at its new time.
    master.relateException(moved);
    const iterator = master.iterator();
    const dates: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = master.getOccurrenceDetails(next);
      dates.push(details.startDate.toJSDate().toISOString());
    }
    expect(dates).toEqual(['2099-04-22T08:00:00.000Z', '2099-06-02T17:30:00.000Z', '2099-07-14T17:30:00.000Z']);
    const cancelled = events.find((event) => event.summary.startsWith('Inspiratiemiddag'))!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events.some((event) => event.summary.startsWith('Webinar van vorig jaar'))).toBe(false);
    expect(text).not.toContain('meet.example.nl');
  });

  it('/agenda.ics takes the agenda filters; a bad one is a 400', async () => {
    const { events } = await parseCalendar(await getAgendaFeed(new Request('http://test.local/agenda.ics?attendance=online')));
    expect(events.map((event) => event.summary)).toEqual(['Webinar armoede in de wijk']);
    expect((await getAgendaFeed(new Request('http://test.local/agenda.ics?province=atlantis'))).status).toBe(400);
  });

  it("an offering's feed and one meeting's file keep the same UID", async () => {
    const feed = await parseCalendar(await getOfferingFeed(new Request('http://test.local/aanbod/jeugd-netwerk-utrecht/agenda.ics'), { params: Promise.resolve({ slug: 'jeugd-netwerk-utrecht' }) }));
    const file = await getMeetingFile(new Request('http://test.local/agenda/intervisie-jeugd-reeks/bijeenkomst.ics'), { params: Promise.resolve({ slug: SERIES.slug }) });
    expect(file.headers.get('content-disposition')).toMatch(/attachment/);
    const single = await parseCalendar(file);
    expect(new Set(feed.events.map((event) => event.uid))).toEqual(new Set(single.events.map((event) => event.uid)));
    const online = await parseCalendar(await getMeetingFile(new Request('http://test.local/agenda/webinar-armoede/bijeenkomst.ics'), { params: Promise.resolve({ slug: 'webinar-armoede' }) }));
    expect(online.events[0]!.startDate.toJSDate().toISOString()).toBe('2099-02-01T13:00:00.000Z');
    expect(online.events[0]!.endDate.toJSDate().toISOString()).toBe('2099-02-01T14:30:00.000Z');
    expect((await getOfferingFeed(new Request('http://test.local/aanbod/niets/agenda.ics'), { params: Promise.resolve({ slug: 'niets' }) })).status).toBe(404);
  });

  it('is written again after a change (a kept feed never outlives the agenda it was written from)', async () => {
    const before = await (await getAgendaFeed(new Request('http://test.local/agenda.ics?attendance=online'))).text();
    expect(before).not.toContain('STATUS:CANCELLED');
    await prisma.$transaction(async (tx) => {
      const meeting = await tx.meeting.update({ where: { slug: ONLINE.slug }, data: { status: 'cancelled', sequence: { increment: 1 } } });
      await writeMeetingOccurrences(tx, [meeting.id]);
    });
    const { events } = await parseCalendar(await getAgendaFeed(new Request('http://test.local/agenda.ics?attendance=online')));
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]!.component.getFirstPropertyValue('sequence')).toBe(1);
  });
});

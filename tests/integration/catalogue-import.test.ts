import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';
import { offeringRecord } from '@/tests/support/offering-factory';
import { THEME_IDS } from '@/lib/reference/ids';

const adminUrl = inject('adminUrl');
let url: string;
let prisma: Db;

beforeAll(async () => {
  url = await createMigratedDatabase(adminUrl, { seed: 'reference' });
  prisma = createPrismaClient(url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await dropDatabase(adminUrl, url);
});

function importCli(records: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'import-')), 'offerings.json');
  fs.writeFileSync(file, typeof records === 'string' ? records : JSON.stringify(records));
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/catalogue-import.ts', file], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
}

describe('validating import records', () => {
  it('accepts a complete record and fills nothing it was not given', () => {
    const record = offeringRecord({
      description: 'Uitleg',
      provider: 'Movisie',
      provinces: ['utrecht'],
      municipalities: ['Utrecht'],
      sectors: ['welfare', 'housing'],
      levels: ['horizontal', 'vertical'],
      disciplinarity: 'inter',
      capacity: 20,
      participants: 12,
      startDate: '2026-03-01',
      endDate: '2027-09-01',
      cadence: 'Elke zes weken',
      contactName: 'Sam de Vries',
      contactEmail: 'sam@example.nl',
      url: 'https://example.nl/leernetwerk',
      status: 'draft',
    });
    const { records, issues } = validateOfferingRecords([record]);
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ slug: record.slug, capacity: 20, status: 'draft', disciplinarity: 'inter' });
  });

  it.each([
    ['a required field is missing', { title: undefined }, 'title', /Titel: Dit veld is verplicht/],
    ['no theme is given', { themes: [] }, 'themes', /Thema's: Kies minstens één/],
    ['a theme is unknown', { themes: ['no-such-theme'] }, 'themes.0', /Thema's: Onbekende waarde/],
    ['the learning form is unknown', { learningForm: 'webinar' }, 'learningForm', /Leervorm: Onbekende waarde/],
    ['a scale is unknown', { scales: ['global'] }, 'scales.0', /local, regional, national, organisation/],
    ['a province is unknown', { provinces: ['brabant'] }, 'provinces.0', /Provincies: Onbekende waarde/],
    ['a target group is unknown', { targetGroups: ['children'] }, 'targetGroups.0', /Doelgroepen: Onbekende waarde/],
    ['openToJoin is not a boolean', { openToJoin: 'yes' }, 'openToJoin', /Open voor nieuwe deelnemers/],
    ['the slug has capitals', { slug: 'Mijn Netwerk' }, 'slug', /kleine letters/],
    ['the e-mail address is malformed', { contactEmail: 'sam@' }, 'contactEmail', /geldig e-mailadres/],
    ['the date is impossible', { startDate: '2026-02-30' }, 'startDate', /geldige datum/],
    ['the end is before the start', { startDate: '2026-05-01', endDate: '2026-04-01' }, 'endDate', /einddatum ligt vóór de startdatum/],
    ['participants exceed capacity', { capacity: 10, participants: 11 }, 'participants', /groter dan de capaciteit/],
    ['capacity is not a whole number', { capacity: 12.5 }, 'capacity', /Capaciteit/],
    ['an unknown field is present', { colour: 'blue' }, '', /Onbekend veld: colour/],
    ['the status is unknown', { status: 'live' }, 'status', /draft, submitted, published, archived/],
  ])('reports the index and field when %s', (_case, change, field, message) => {
    const good = offeringRecord();
    const bad = offeringRecord(change as Record<string, unknown>);
    const { records, issues } = validateOfferingRecords([good, bad], { knownThemes: new Set(THEME_IDS) });
    expect(records).toHaveLength(1);
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(issues[0]).toMatchObject({ index: 1, path: field });
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.message).toContain(' / '); // Dutch, then English
  });

  it('reports a slug used twice in one file', () => {
    const first = offeringRecord();
    const { issues } = validateOfferingRecords([first, offeringRecord({ slug: first.slug })]);
    expect(issues).toEqual([expect.objectContaining({ index: 1, path: 'slug', message: expect.stringMatching(/record 0/) })]);
  });

  it('reports a file that is not a list', () => {
    expect(validateOfferingRecords({ slug: 'x' }).issues[0]).toMatchObject({ index: -1 });
  });
});

describe('writing offerings', () => {
  it('inserts new records as published, and updates existing ones by slug', async () => {
    const record = offeringRecord();
    const first = await writeOfferings(prisma, validateOfferingRecords([record]).records, { existing: 'update', actorLabel: 'test' });
    expect(first).toEqual({ inserted: 1, updated: 0, skipped: 0 });
    const stored = await prisma.offering.findUniqueOrThrow({ where: { slug: record.slug } });
    expect(stored.status).toBe('published');
    expect(stored.publishedAt).toBeInstanceOf(Date);

    const changed = { ...record, title: 'Nieuwe titel van het netwerk', openToJoin: false };
    const second = await writeOfferings(prisma, validateOfferingRecords([changed]).records, { existing: 'update', actorLabel: 'test' });
    expect(second).toEqual({ inserted: 0, updated: 1, skipped: 0 });
    const updated = await prisma.offering.findUniqueOrThrow({ where: { slug: record.slug } });
    expect(updated).toMatchObject({ title: 'Nieuwe titel van het netwerk', openToJoin: false, version: 2 });
    expect(updated.publishedAt?.getTime()).toBe(stored.publishedAt?.getTime());
  });

  it('leaves existing offerings untouched when told to skip them', async () => {
    const record = offeringRecord();
    await writeOfferings(prisma, validateOfferingRecords([record]).records, { existing: 'update', actorLabel: 'test' });
    const result = await writeOfferings(prisma, validateOfferingRecords([{ ...record, title: 'Andere titel' }]).records, {
      existing: 'skip',
      actorLabel: 'test',
    });
    expect(result).toEqual({ inserted: 0, updated: 0, skipped: 1 });
    expect((await prisma.offering.findUniqueOrThrow({ where: { slug: record.slug } })).title).not.toBe('Andere titel');
  });

  it('writes nothing at all when the database refuses one record in a later batch', async () => {
    const before = await prisma.offering.count();
    const records = validateOfferingRecords(Array.from({ length: 2500 }, () => offeringRecord())).records;
    // Valid for zod, refused by PostgreSQL (a CHECK constraint): the last record of the second batch.
    records[2499] = { ...records[2499]!, capacity: 0 as unknown as number };
    await expect(writeOfferings(prisma, records, { existing: 'update', actorLabel: 'test' })).rejects.toThrow();
    expect(await prisma.offering.count()).toBe(before);
  });
});

describe('npm run catalogue:import', () => {
  it('imports a valid file and says how many', () => {
    const records = [offeringRecord(), offeringRecord({ status: 'draft' })];
    const result = importCli(records);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Imported 2 offering\(s\).*2 new, 0 updated/);
  });

  it('lists every invalid record with its index and field, exits 1 and imports nothing', async () => {
    const before = await prisma.offering.count();
    const result = importCli([offeringRecord(), offeringRecord({ themes: ['nope'] }), offeringRecord({ learningForm: undefined })]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2 problem\(s\) found; nothing was imported/);
    expect(result.stderr).toMatch(/record 1 \(.+\), field themes\.0: Thema's: Onbekende waarde/);
    expect(result.stderr).toMatch(/record 2 \(.+\), field learningForm: Leervorm: Dit veld is verplicht/);
    expect(result.stderr).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
    expect(await prisma.offering.count()).toBe(before);
  });

  it('says in one sentence when the file is not JSON', () => {
    const result = importCli('[{ not json');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Cannot read .+offerings\.json: it is not valid JSON/);
  });
});

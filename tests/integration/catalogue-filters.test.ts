// The filter registry against plain SQL: on the seeded catalogue, every query built from the
// registry (lib/catalogue/offering-filters.ts) finds the same offerings, in the same order, with the
// same total and facet counts as a hand-written statement; and the sector filters end to end.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as getOfferings } from '@/app/api/offerings/route';
import { GET as getCsv } from '@/app/api/offerings.csv/route';
import { GET as getOffering } from '@/app/api/offerings/[slug]/route';
import { OFFERING_RECORD_FIELDS } from '@/lib/catalogue/offering-record';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { searchOfferings } from '@/lib/catalogue/search-offerings';
import { filtersFromQuery, followSearchSchema } from '@/lib/following/followed-search';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';

let prisma: Db;
let databaseUrl: string;
const originalUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase(inject('adminUrl'), { seed: 'all' });
  prisma = createPrismaClient(databaseUrl);
  // Distinct publication moments, so the order is the publication order and not only the id.
  await prisma.$executeRawUnsafe(
    `UPDATE offerings SET published_at = timestamp '2026-01-01' + (ascii(slug) * interval '1 hour') + (length(slug) * interval '1 minute') WHERE status = 'published'`,
  );
  // Some seeded example networks verified by the team, some not: the open filter sees the difference.
  await prisma.$executeRawUnsafe(`UPDATE offerings SET needs_verification = false, last_verified_at = now() WHERE length(slug) % 2 = 0`);
  process.env.DATABASE_URL = databaseUrl;
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
  await dropDatabase(inject('adminUrl'), databaseUrl);
});

interface PlainRow {
  slug: string;
  themes: string[];
  learning_form_id: string;
  intensity: string;
  scales: string[];
  provinces: string[];
  target_groups: string[];
  levels: string[];
  disciplinarity: string | null;
  open_to_join: boolean;
  needs_verification: boolean;
  sectors: string[];
}

/** The published offerings matching a hand-written condition, newest first, read without the registry. */
async function plainSearch(condition: string): Promise<PlainRow[]> {
  return prisma.$queryRawUnsafe<PlainRow[]>(
    `SELECT o.slug, o.themes, o.learning_form_id, lf.intensity, o.scales, o.provinces, o.target_groups, o.levels,
            o.disciplinarity, o.open_to_join, o.needs_verification, o.sectors
       FROM offerings o JOIN learning_forms lf ON lf.id = o.learning_form_id
      WHERE o.status = 'published' AND (${condition})
      ORDER BY o.published_at DESC NULLS LAST, o.id`,
  );
}

function count(values: (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function plainFacets(rows: PlainRow[]) {
  const scope = (row: PlainRow) => (row.sectors.length === 1 ? 'sectoral' : row.sectors.length > 1 ? 'intersectoral' : null);
  return {
    theme: count(rows.flatMap((row) => row.themes)),
    form: count(rows.map((row) => row.learning_form_id)),
    intensity: count(rows.map((row) => row.intensity)),
    scale: count(rows.flatMap((row) => row.scales)),
    province: count(rows.flatMap((row) => row.provinces)),
    targetGroup: count(rows.flatMap((row) => row.target_groups)),
    level: count(rows.flatMap((row) => row.levels)),
    disciplinarity: count(rows.map((row) => row.disciplinarity)),
    // An offering still to be verified is not presented as open (decision 0121).
    open: { true: rows.filter((row) => row.open_to_join && !row.needs_verification).length, false: rows.filter((row) => !row.open_to_join || row.needs_verification).length },
    sector: count(rows.flatMap((row) => row.sectors)),
    sectorScope: count(rows.map(scope)),
  };
}

// A fixed set of queries, each with the condition a person would write for it by hand.
const CASES: [string, string][] = [
  ['', 'true'],
  ['theme=integrated-working', `'integrated-working' = ANY(o.themes)`],
  ['form=community-of-practice&form=living-lab', `o.learning_form_id IN ('community-of-practice', 'living-lab')`],
  ['intensity=light', `lf.intensity = 'light'`],
  ['intensity=intensive&intensity=system&open=true', `lf.intensity IN ('intensive', 'system') AND o.open_to_join AND NOT o.needs_verification`],
  ['scale=local&scale=regional', `o.scales && ARRAY['local', 'regional']`],
  ['province=utrecht&province=zuid-holland', `o.provinces && ARRAY['utrecht', 'zuid-holland']`],
  ['targetGroup=residents&level=vertical', `'residents' = ANY(o.target_groups) AND 'vertical' = ANY(o.levels)`],
  ['disciplinarity=mono&disciplinarity=multi', `o.disciplinarity IN ('mono', 'multi')`],
  ['open=false', `NOT (o.open_to_join AND NOT o.needs_verification)`],
  ['sector=care', `'care' = ANY(o.sectors)`],
  ['sector=youth&sector=education', `o.sectors && ARRAY['youth', 'education']`],
  ['sectorScope=sectoral', `cardinality(o.sectors) = 1`],
  ['sectorScope=intersectoral&sector=welfare&scale=regional', `cardinality(o.sectors) > 1 AND 'welfare' = ANY(o.sectors) AND 'regional' = ANY(o.scales)`],
];

describe('the registry-built search against plain SQL on the seeded catalogue', () => {
  it.each(CASES)('?%s gives the same items, order, total and facets', async (params, condition) => {
    const query = offeringQuerySchema.parse(readOfferingQueryParams(new URLSearchParams(`${params}&sort=newest&pageSize=100`)));
    const result = await searchOfferings(prisma, query);
    const rows = await plainSearch(condition);
    expect(result.items.map((item) => item.slug)).toEqual(rows.map((row) => row.slug));
    expect(result.total).toBe(rows.length);
    expect(result.facets).toEqual(plainFacets(rows));
  });

  it('is tried on queries that find something, and on one that narrows the catalogue', async () => {
    const all = (await plainSearch('true')).length;
    for (const [, condition] of CASES) expect((await plainSearch(condition)).length, condition).toBeGreaterThan(0);
    expect((await plainSearch(CASES.at(-1)![1])).length).toBeLessThan(all);
  });
});

describe('the sector filters', () => {
  const api = async (query: string) => {
    const response = await getOfferings(new Request(`http://test.local/api/offerings?${query}`));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answer, checked field by field
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it('GET /api/offerings filters by sector and sector scope, and shows both on each item', async () => {
    const { status, body } = await api('sector=research&pageSize=100');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(item.sectors).toContain('research');
    const sectoral = (await api('sectorScope=sectoral&pageSize=100')).body;
    for (const item of sectoral.items) expect(item).toMatchObject({ sectors: [expect.any(String)], sectorScope: 'sectoral' });
    expect(body.facets.sector.research).toBe(body.total);
  });

  it.each([
    ['sector=farming', 'sector', /Sector/],
    ['sectorScope=global', 'sectorScope', /sector/],
  ])('answers 400 for %s, naming the parameter', async (query, path, message) => {
    const { status, body } = await api(query);
    expect(status).toBe(400);
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0].path.split('.')[0]).toBe(path);
    expect(body.issues[0].message).toMatch(message);
  });

  it('GET /api/offerings.csv filters by sector and has the sector columns', async () => {
    const response = await getCsv(new Request('http://test.local/api/offerings.csv?sector=research'));
    expect(response.status).toBe(200);
    const [header, ...lines] = (await response.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toContain(',sectors,sectorScope,');
    expect(lines.length).toBe((await api('sector=research')).body.total);
    expect((await getCsv(new Request('http://test.local/api/offerings.csv?sector=farming'))).status).toBe(400);
  });

  it('a followed search keeps the sector, drops each bad value on its own, and refuses a bad one when sent as JSON', () => {
    const known = { themes: ['integrated-working', 'poverty'] };
    const lenient = filtersFromQuery(new URLSearchParams('sector=care&sector=farming&theme=integrated-working&theme=onbekend&province=utrecht'), known);
    expect(lenient).toMatchObject({ sector: ['care'], theme: ['integrated-working'], province: ['utrecht'] });
    const strict = followSearchSchema.safeParse({ email: 'a@example.nl', filters: { sector: ['farming'] } });
    expect(strict.success).toBe(false);
    expect(strict.error!.issues[0]!.path).toEqual(['filters', 'sector', 0]);
  });
});

describe('the offering record columns', () => {
  it('GET /api/offerings/<slug> answers every field of the import format (the website as "website"), with its sectors', async () => {
    const [row] = await prisma.$queryRawUnsafe<{ slug: string; sectors: string[] }[]>(`SELECT slug, sectors FROM offerings WHERE status = 'published' AND cardinality(sectors) > 1 LIMIT 1`);
    const response = await getOffering(new Request(`http://test.local/api/offerings/${row!.slug}`), { params: Promise.resolve({ slug: row!.slug }) });
    const body = (await response.json()) as Record<string, unknown>;
    const expected = OFFERING_RECORD_FIELDS.filter((field) => field !== 'status').map((field) => (field === 'url' ? 'website' : field));
    expect(Object.keys(body)).toEqual(expect.arrayContaining([...expected, 'intensity', 'placesLeft', 'publishedAt', 'url', 'related']));
    expect(body).toMatchObject({ slug: row!.slug, sectors: row!.sectors, url: `http://test.local/aanbod/${row!.slug}` });
  });
});

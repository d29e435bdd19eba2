// The catalogue's search index in memory against the plain SQL statement (decision 0130): on the
// seeded catalogue plus a synthetic one, a fixed set of queries gives the same items in the same
// order, the same total and the same facet counts both ways, and ts_rank_cd to the same float4; after
// a change made through another client (another app instance, an import) the next search is right
// at once (from SQL) and the rebuilt index agrees again.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { prepareTextQuery, searchOfferings, searchOfferingsInSql } from '@/lib/catalogue/search-offerings';
import { currentIndex, rankOf, searchIndex, warmCatalogueIndex } from '@/lib/catalogue/catalogue-index.server';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';
import { syntheticOfferings } from '@/scripts/bench/synthetic-offerings';
import { findMatchCandidates, matchInCatalogue } from '@/lib/matchmaking/find-match-candidates';
import { matchLearningQuestion, TEXT_RELEVANCE_THRESHOLD, type MatchCandidate } from '@/lib/matchmaking/match-learning-question';
import { matchRequestSchema } from '@/lib/matchmaking/match-request-schema';
import { updateOffering } from '@/lib/catalogue/maintain-offerings';

let prisma: Db;
let otherInstance: Db;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase(inject('adminUrl'), { seed: 'all' });
  prisma = createPrismaClient(databaseUrl);
  otherInstance = createPrismaClient(databaseUrl);
  const { records, issues } = validateOfferingRecords(JSON.parse(JSON.stringify(syntheticOfferings(1500, 11))));
  expect(issues).toEqual([]);
  await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
  // Some offerings share a publication moment, so the order's tie-break on the id is tried too.
  await prisma.$executeRawUnsafe(`UPDATE offerings SET published_at = timestamp '2026-03-01' + ((ascii(slug) % 7) * interval '1 day') WHERE status = 'published'`);
  await warmCatalogueIndex(prisma);
}, 240_000);

afterAll(async () => {
  await prisma.$disconnect();
  await otherInstance.$disconnect();
  await dropDatabase(inject('adminUrl'), databaseUrl);
});

const QUERIES = [
  '',
  'q=wijk',
  'q=zorg',
  'q=jongeren',
  'q=wijkaanpak',
  'q=wijkaanpak&page=2',
  'q=mantelzorg&pageSize=100',
  'q=Amstredam',
  'q=wijkaapnak Rotterdam',
  'q=eenzaamheid in Groningen&pageSize=50',
  'q=leernetwerk wijkteams&sort=newest',
  'q=jeugdhulp&sort=starting-soon',
  'q=de',
  'q=de wijk en de buurt',
  'q=veiligheid veiligheid',
  'q=xyzzyplugh',
  'q=participatie&theme=integrated-working&scale=local&province=utrecht',
  'q=leefbaarheid&scale=regional&province=zuid-holland&open=true',
  'q=armoedebestrijding&intensity=light&sectorScope=intersectoral',
  'theme=integrated-working&scale=local&province=utrecht&targetGroup=residents',
  'form=community-of-practice&form=living-lab&open=false&sort=starting-soon',
  'sector=care&sector=youth&pageSize=100&page=3',
  'page=40',
  'sort=relevance&level=vertical',
  'open=true&pageSize=100',
  'q=wijk&open=true',
];

const parse = (params: string) => offeringQuerySchema.parse(readOfferingQueryParams(new URLSearchParams(params)));

describe('the search index against the plain SQL statement', () => {
  it.each(QUERIES)('?%s gives the same items, order, total and facets', async (params) => {
    const query = parse(params);
    const { tsquery } = await prepareTextQuery(prisma, query.q);
    const current = await currentIndex(prisma, tsquery);
    expect(current, 'the index answers this query').toBeDefined();
    const expected = await searchOfferingsInSql(prisma, query);
    const found = searchIndex(current!.index, query, current!.text, current!.today);
    expect(found.pageIds.length).toBe(expected.items.length);
    expect(found.total).toBe(expected.total);
    const actual = await searchOfferings(prisma, query);
    expect(actual).toEqual(expected);
  });

  it('is tried on broad queries with many ranked matches', async () => {
    const { total } = await searchOfferingsInSql(prisma, parse('q=wijkaanpak'));
    expect(total).toBeGreaterThan(20);
  });

  it('ranks every match of several queries to the same float4 as ts_rank_cd', async () => {
    for (const q of ['wijkaanpak', 'leernetwerk Rotterdam', 'wijkaapnak', 'eenzaamheid Groningen', 'samen leren', 'Rotterdam en omgeving']) {
      const { tsquery } = await prepareTextQuery(prisma, q);
      const current = await currentIndex(prisma, tsquery);
      const rows = await prisma.$queryRawUnsafe<{ id: string; rank: number }[]>(
        `SELECT id::text AS id, ts_rank_cd(search, to_tsquery('dutch', $1)) AS rank FROM offerings WHERE status = 'published' AND search @@ to_tsquery('dutch', $1)`,
        tsquery,
      );
      expect(rows.length, q).toBeGreaterThan(0);
      const ranks = rankOf(current!.index, current!.text!, rows.map((row) => row.id));
      expect(ranks, q).toEqual(rows.map((row) => Math.fround(row.rank)));
    }
  });
});

/** Every published offering that can pass check 1, with its text relevance, read in plain SQL. */
async function plainCandidates(question: string, themes: string[]): Promise<MatchCandidate[]> {
  const rows = await prisma.$queryRaw<(Omit<MatchCandidate, 'textRelevance'> & { textRelevance: number })[]>`
    WITH question_words AS (
      SELECT DISTINCT ON (lexeme) word, lexeme, position
      FROM (SELECT word, position, (tsvector_to_array(to_tsvector('dutch', word)))[1] AS lexeme
              FROM regexp_split_to_table(lower(${question}), '[^[:alnum:]]+') WITH ORDINALITY AS split(word, position)) AS stemmed
      WHERE lexeme IS NOT NULL
      ORDER BY lexeme, position
    )
    SELECT o.id::text AS id, o.slug, o.title, o.themes, o.learning_form_id AS "learningFormId", o.scales, o.provinces, o.municipalities,
           o.target_groups AS "targetGroups", o.sectors, o.levels, o.disciplinarity, o.open_to_join AS "openToJoin", o.needs_verification AS "needsVerification", o.capacity, o.participants,
           to_char(o.start_date, 'YYYY-MM-DD') AS "startDate", to_char(o.end_date, 'YYYY-MM-DD') AS "endDate", o.cadence,
           COALESCE((SELECT sum(CASE WHEN o.search @@ (quote_literal(qw.lexeme) || ':AB')::tsquery THEN 1.0 ELSE 0.6 END)
                     FROM question_words qw WHERE o.search @@ quote_literal(qw.lexeme)::tsquery), 0)::float8
             / GREATEST((SELECT count(*) FROM question_words), 1) AS "textRelevance",
           ARRAY(SELECT qw.word FROM question_words qw WHERE o.search @@ quote_literal(qw.lexeme)::tsquery ORDER BY qw.position) AS "matchedWords"
      FROM offerings o
     WHERE o.status = 'published'`;
  return rows
    .map((row) => ({ ...row, textRelevance: Number(row.textRelevance) }))
    .filter((row) => row.themes.some((theme) => themes.includes(theme)) || row.textRelevance >= TEXT_RELEVANCE_THRESHOLD)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('match candidates from the index', () => {
  it.each([
    ['Hoe leren wij samen over eenzaamheid en mantelzorg in de wijk?', ['area-based-liveability-safety', 'social-base', 'integrated-working', 'youth-and-families']],
    ['Wijkaanpak in Rotterdam: wat werkt bij leefbaarheid en veiligheid?', ['integrated-working', 'early-signalling-prevention']],
    ['Statushouders en participatie, samen met bewoners en professionals', []],
    ['de het een', ['integrated-working']],
  ])('%s: every offering that can pass check 1, as plain SQL finds them, none left out', async (text, themes) => {
    const question = matchRequestSchema.parse({ question: text, themes, targetGroups: ['professionals'], scale: 'regional' });
    const expected = await plainCandidates(text, themes);
    const actual = (await findMatchCandidates(prisma, question)).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(actual.length).toBe(expected.length);
    expect(actual).toEqual(expected);
    // More than the 150 sharing a theme that a cap used to let through.
    if (themes.length === 4) expect(actual.length).toBeGreaterThan(150);
    // Matching straight from the index gives what the engine gives on all those candidates.
    const options = { today: '2026-12-07' };
    expect(await matchInCatalogue(prisma, question, options)).toEqual(matchLearningQuestion(question, actual, options));
  });
});

describe('after a change', () => {
  it('a change through another instance is seen by the next search, and the rebuilt index agrees', async () => {
    const query = parse('q=wijkaanpak&pageSize=100');
    const before = await searchOfferings(prisma, query);
    const [first, second] = before.items;
    await otherInstance.offering.update({ where: { slug: first!.slug }, data: { status: 'draft' } });
    await otherInstance.offering.update({ where: { slug: second!.slug }, data: { title: 'Iets heel anders', themes: ['integrated-working'] } });
    await otherInstance.$executeRawUnsafe(`DELETE FROM offerings WHERE slug = 'synthetisch-3'`);

    const { tsquery } = await prepareTextQuery(prisma, query.q);
    expect(await currentIndex(prisma, tsquery), 'the old index is no longer used').toBeUndefined();
    const right = await searchOfferingsInSql(prisma, query);
    expect(right.items.map((item) => item.slug)).not.toContain(first!.slug);
    expect(await searchOfferings(prisma, query)).toEqual(right);

    await warmCatalogueIndex(prisma);
    expect(await currentIndex(prisma, tsquery)).toBeDefined();
    expect(await searchOfferings(prisma, query)).toEqual(right);
    expect(await searchOfferings(prisma, parse('theme=integrated-working&pageSize=100'))).toEqual(await searchOfferingsInSql(prisma, parse('theme=integrated-working&pageSize=100')));
  });

  it('an import is seen too', async () => {
    const { records } = validateOfferingRecords(JSON.parse(JSON.stringify(syntheticOfferings(40, 99).map((record, i) => ({ ...record, slug: `nieuw-${i}` })))));
    await writeOfferings(otherInstance, records, { existing: 'update', actorLabel: 'cli' });
    const query = parse('q=wijkaanpak&pageSize=100&sort=newest');
    const expected = await searchOfferingsInSql(prisma, query);
    expect(await searchOfferings(prisma, query)).toEqual(expected);
    await warmCatalogueIndex(prisma);
    const { tsquery } = await prepareTextQuery(prisma, query.q);
    expect(await currentIndex(prisma, tsquery)).toBeDefined();
    expect(await searchOfferings(prisma, query)).toEqual(expected);
  });

  it('verifying an offering is seen: open to join again in the index, and its match candidate no longer needs checking', async () => {
    const [unverified] = await prisma.$queryRawUnsafe<{ id: string; slug: string; version: number; themes: string[] }[]>(
      `SELECT id::text AS id, slug, version, themes FROM offerings WHERE status = 'published' AND open_to_join AND needs_verification ORDER BY slug LIMIT 1`,
    );
    expect(unverified, 'the seed has an unverified offering that is open to join').toBeDefined();
    await warmCatalogueIndex(prisma);
    const open = parse('open=true&pageSize=100');
    const before = await searchOfferings(prisma, open);
    expect(before).toEqual(await searchOfferingsInSql(prisma, open));
    expect(before.items.map((item) => item.slug)).not.toContain(unverified!.slug);
    const question = matchRequestSchema.parse({ question: 'Samen leren in de wijk', themes: unverified!.themes, targetGroups: ['professionals'], scale: 'regional' });
    const candidateBefore = (await findMatchCandidates(prisma, question)).find((candidate) => candidate.slug === unverified!.slug);
    expect(candidateBefore).toMatchObject({ openToJoin: true, needsVerification: true });

    const user = await prisma.user.create({ data: { email: 'beheer-index@example.nl', name: 'Beheer', role: 'coordinator' } });
    expect(await updateOffering(otherInstance, user.id, unverified!.id, unverified!.version, { verified: true })).toEqual({ kind: 'ok' });

    const { tsquery } = await prepareTextQuery(prisma, undefined);
    expect(await currentIndex(prisma, tsquery), 'the verification made the index stale').toBeUndefined();
    const after = await searchOfferingsInSql(prisma, open);
    expect(after.total).toBe(before.total + 1);
    expect(await searchOfferings(prisma, open)).toEqual(after);
    await warmCatalogueIndex(prisma);
    expect(await currentIndex(prisma, tsquery)).toBeDefined();
    expect(await searchOfferings(prisma, open)).toEqual(after);
    const item = (await searchOfferings(prisma, parse(`open=true&pageSize=100&theme=${unverified!.themes[0]}`))).items.find((found) => found.slug === unverified!.slug);
    expect(item).toMatchObject({ openToJoin: true, needsVerification: false });
    expect(item!.lastVerifiedAt).not.toBeNull();
    const candidateAfter = (await findMatchCandidates(prisma, question)).find((candidate) => candidate.slug === unverified!.slug);
    expect(candidateAfter).toMatchObject({ openToJoin: true, needsVerification: false });
  });
});

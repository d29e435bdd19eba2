// npm run bench:catalogue — 100,000 synthetic published offerings in a separate database, then the
// p50/p95 of GET /api/offerings (the route handler, in process: parsing, typo lookup, the search
// statement, JSON) for three kinds of request, against the bare search statement run directly on
// PostgreSQL (the floor).
import pg from 'pg';
import { GET } from '@/app/api/offerings/route';
import { createPrismaClient } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { buildSearchSql, prepareTextQuery } from '@/lib/catalogue/search-offerings';
import { THEME_IDS } from '@/lib/reference/ids';
import { PROVINCES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random, syntheticOfferings } from './synthetic-offerings';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WORDS = ['wijkaanpak', 'eenzaamheid', 'mantelzorg', 'Rotterdam', 'jeugdhulp', 'ondermijning', 'leefbaarheid', 'Amstredam', 'wijkaapnak', 'schuldhulpverlening', 'buurtbemiddeling', 'Groningen', 'statushouders', 'participatie', 'energiearmoede'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function requestsFor(kind: 'fulltext' | 'filters' | 'query_filters_facets', next: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: REQUESTS }, () => {
    const params = new URLSearchParams();
    if (kind !== 'filters') params.set('q', pick(WORDS));
    if (kind !== 'fulltext') {
      params.append('theme', pick(THEME_IDS));
      params.append('scale', pick(SCALES.slice(0, 3)));
      params.append('province', pick(PROVINCES));
      if (kind === 'query_filters_facets') params.append('targetGroup', pick(TARGET_GROUPS));
    }
    if (next() < 0.2) params.set('page', '2');
    return params.toString();
  });
}

const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
const prisma = createPrismaClient(url);
const floorClient = new pg.Client({ connectionString: url });
try {
  const started = performance.now();
  const { records, issues } = validateOfferingRecords(JSON.parse(JSON.stringify(syntheticOfferings(COUNT))));
  if (issues.length > 0) throw new Error(`synthetic data invalid: ${issues[0]!.message}`);
  await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
  await prisma.$executeRawUnsafe('VACUUM ANALYZE offerings');
  await prisma.$executeRawUnsafe('ANALYZE offering_title_words');
  console.log(`catalogue=${COUNT} offerings load_s=${((performance.now() - started) / 1000).toFixed(1)}`);
  process.env.DATABASE_URL = url;
  await floorClient.connect();

  const next = random(7);
  for (const kind of ['fulltext', 'filters', 'query_filters_facets'] as const) {
    const requests = requestsFor(kind, next);
    // Warm up both paths on a few requests first.
    for (const query of requests.slice(0, 10)) await GET(new Request(`http://bench.local/api/offerings?${query}`));
    const appTimes: number[] = [];
    const floorTimes: number[] = [];
    let totalSum = 0;
    for (const query of requests) {
      const t0 = performance.now();
      const response = await GET(new Request(`http://bench.local/api/offerings?${query}`));
      const body = (await response.json()) as { total: number };
      appTimes.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`status ${response.status} for ${query}`);
      totalSum += body.total;

      // The floor: the same search statement, prepared beforehand, straight on PostgreSQL.
      const parsed = offeringQuerySchema.parse(readOfferingQueryParams(new URLSearchParams(query)));
      const { tsquery } = await prepareTextQuery(prisma, parsed.q);
      const { text, params } = buildSearchSql(parsed, tsquery);
      const t1 = performance.now();
      await floorClient.query(text, params);
      floorTimes.push(performance.now() - t1);
    }
    const p50 = percentile(appTimes, 50);
    const floor = percentile(floorTimes, 50);
    console.log(
      `case=${kind} p50_ms=${p50.toFixed(1)} p95_ms=${percentile(appTimes, 95).toFixed(1)} floor_p50_ms=${floor.toFixed(1)} ratio=${(p50 / floor).toFixed(2)} requests=${requests.length} mean_total=${Math.round(totalSum / requests.length)}`,
    );
  }
} finally {
  await floorClient.end().catch(() => undefined);
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

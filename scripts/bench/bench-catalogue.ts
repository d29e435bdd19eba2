// npm run bench:catalogue — 100,000 synthetic published offerings in a separate database, then the
// p50/p95 of GET /api/offerings (the route handler, in process: parsing, typo lookup, the search,
// JSON) per kind of request, against the bare full-text count(*) of the same words on PostgreSQL,
// measured request by request in the same run (the floor; its ratio is less sensitive to load).
// "cold" requests are each a query not asked before; "warm" repeats a few. The search answers from
// the in-memory index (decision 0130), built once after the load (index_build_s).
import pg from 'pg';
import { GET } from '@/app/api/offerings/route';
import { createPrismaClient, db } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import { buildSearchSql, prepareTextQuery } from '@/lib/catalogue/search-offerings';
import { warmCatalogueIndex } from '@/lib/catalogue/catalogue-index.server';
import { THEME_IDS } from '@/lib/reference/ids';
import { PROVINCES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random, syntheticOfferings } from './synthetic-offerings';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
/** Broad single words: each matches thousands of the synthetic offerings (the last ones every one). */
const BROAD = ['wijk', 'zorg', 'jongeren', 'leernetwerk', 'werkplaats', 'wijkaanpak', 'mantelzorg', 'Rotterdam', 'Groningen', 'participatie', 'bewoners', 'professionals', 'deelnemers'];
const WORDS = ['wijkaanpak', 'eenzaamheid', 'mantelzorg', 'Rotterdam', 'jeugdhulp', 'ondermijning', 'leefbaarheid', 'Amstredam', 'wijkaapnak', 'schuldhulpverlening', 'buurtbemiddeling', 'Groningen', 'statushouders', 'participatie', 'energiearmoede'];

type Kind = 'broad_cold' | 'broad_warm' | 'filters' | 'query_filters_facets';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function requestsFor(kind: Kind, next: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const make = () => {
    const params = new URLSearchParams();
    if (kind === 'broad_cold' || kind === 'broad_warm') {
      // One broad word; half of the requests also with scale, province and open (as people narrow down).
      params.set('q', pick(BROAD));
      if (next() < 0.5) {
        params.append('scale', pick(SCALES.slice(0, 3)));
        params.append('province', pick(PROVINCES));
        params.set('open', next() < 0.5 ? 'true' : 'false');
      }
      params.set('page', String(1 + Math.floor(next() * 3)));
      if (next() < 0.3) params.set('sort', pick(['newest', 'starting-soon']));
      return params.toString();
    }
    params.set('q', pick(WORDS));
    if (kind === 'filters') params.delete('q');
    params.append('theme', pick(THEME_IDS));
    params.append('scale', pick(SCALES.slice(0, 3)));
    params.append('province', pick(PROVINCES));
    if (kind === 'query_filters_facets') params.append('targetGroup', pick(TARGET_GROUPS));
    if (next() < 0.2) params.set('page', '2');
    return params.toString();
  };
  if (kind === 'broad_warm') {
    const few = Array.from({ length: 10 }, make);
    return Array.from({ length: REQUESTS }, (_, i) => few[i % few.length]!);
  }
  // Cold: every request a query not asked before.
  const seen = new Set<string>();
  while (seen.size < REQUESTS) seen.add(make());
  return [...seen];
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

  const buildStarted = performance.now();
  await warmCatalogueIndex(db());
  console.log(`index_build_s=${((performance.now() - buildStarted) / 1000).toFixed(1)} heap_mb=${Math.round(process.memoryUsage().heapUsed / 1e6)}`);

  const next = random(7);
  for (const kind of ['broad_cold', 'broad_warm', 'filters', 'query_filters_facets'] as const) {
    const requests = requestsFor(kind, next);
    const appTimes: number[] = [];
    const countTimes: number[] = [];
    const sqlTimes: number[] = [];
    let totalSum = 0;
    for (const [i, query] of requests.entries()) {
      const t0 = performance.now();
      const response = await GET(new Request(`http://bench.local/api/offerings?${query}`));
      const body = (await response.json()) as { total: number };
      appTimes.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`status ${response.status} for ${query}`);
      totalSum += body.total;

      // The floor: the bare full-text count of the same words, straight on PostgreSQL.
      const parsed = offeringQuerySchema.parse(readOfferingQueryParams(new URLSearchParams(query)));
      const { tsquery } = await prepareTextQuery(prisma, parsed.q);
      if (tsquery) {
        const t1 = performance.now();
        await floorClient.query(`SELECT count(*) FROM offerings o WHERE o.status = 'published' AND o.search @@ to_tsquery('dutch', $1)`, [tsquery]);
        countTimes.push(performance.now() - t1);
      }
      // Every tenth request also as the single SQL statement the search used before (for comparison).
      if (i % 10 === 0) {
        const { text, params } = buildSearchSql(parsed, tsquery);
        const t2 = performance.now();
        await floorClient.query(text, params);
        sqlTimes.push(performance.now() - t2);
      }
    }
    const p50 = percentile(appTimes, 50);
    const p95 = percentile(appTimes, 95);
    const floor =
      countTimes.length > 0
        ? ` count_p50_ms=${percentile(countTimes, 50).toFixed(1)} count_p95_ms=${percentile(countTimes, 95).toFixed(1)} ratio_p50=${(p50 / percentile(countTimes, 50)).toFixed(2)} ratio_p95=${(p95 / percentile(countTimes, 95)).toFixed(2)}`
        : '';
    console.log(
      `case=${kind} p50_ms=${p50.toFixed(1)} p95_ms=${p95.toFixed(1)}${floor} one_statement_p50_ms=${percentile(sqlTimes, 50).toFixed(1)} requests=${requests.length} distinct=${new Set(requests).size} mean_total=${Math.round(totalSum / requests.length)}`,
    );
  }
} finally {
  await floorClient.end().catch(() => undefined);
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

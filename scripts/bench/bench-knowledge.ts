// npx tsx scripts/bench/bench-knowledge.ts — 5,000 synthetic published knowledge products in a separate
// database, then the p50/p95 of the /kennisbank search (parsing, typo lookup, the search statement with
// its facets) for a text search, facets only, and both.
import { createPrismaClient } from '@/lib/db/client';
import { knowledgeQuerySchema, readKnowledgeQueryParams } from '@/lib/knowledge/knowledge-query';
import { searchKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';
import { KNOWLEDGE_KINDS } from '@/lib/knowledge/knowledge-vocabularies';
import { THEME_IDS } from '@/lib/reference/ids';
import { TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random } from './synthetic-offerings';

const COUNT = Number(process.env.BENCH_COUNT ?? 5_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SUBJECTS = ['buurtkamer', 'eenzaamheid', 'mantelzorg', 'jeugdhulp', 'ondermijning', 'leefbaarheid', 'schuldhulp', 'wijkteam', 'bewonersinitiatief', 'statushouders', 'intervisie', 'leernetwerk'];
const QUERIES = ['eenzaamheid', 'mantelzrg', 'leernetwerk starten', 'wijkteam', 'ondermijnig', 'bewoners', 'jeugdhulp gemeente'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
const prisma = createPrismaClient(url);
try {
  const next = random(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const started = performance.now();
  await prisma.$executeRawUnsafe(
    `INSERT INTO knowledge_products (slug, kind, title, summary, body, themes, target_groups, status, published_at)
     SELECT 'bench-' || g, ($1::text[])[1 + g % ${KNOWLEDGE_KINDS.length}], initcap(($2::text[])[1 + g % ${SUBJECTS.length}]) || ' in de wijk ' || g,
            'Wat een netwerk leerde over ' || ($2::text[])[1 + (g * 7) % ${SUBJECTS.length}] || ' en samenwerking met bewoners.',
            'Een praktijkvoorbeeld over ' || ($2::text[])[1 + (g * 3) % ${SUBJECTS.length}] || '. De gemeente en het wijkteam leerden samen.',
            ARRAY[($3::text[])[1 + g % ${THEME_IDS.length}], ($3::text[])[1 + (g * 5) % ${THEME_IDS.length}]], ARRAY[($4::text[])[1 + g % ${TARGET_GROUPS.length}]],
            'published', now() - (g || ' minutes')::interval
       FROM generate_series(1, ${COUNT}) g`,
    [...KNOWLEDGE_KINDS], SUBJECTS, [...THEME_IDS], [...TARGET_GROUPS],
  );
  await prisma.$executeRawUnsafe('VACUUM ANALYZE knowledge_products');
  console.log(`knowledge=${COUNT} products load_s=${((performance.now() - started) / 1000).toFixed(1)}`);
  for (const kind of ['fulltext', 'facets', 'query_facets'] as const) {
    const requests = Array.from({ length: REQUESTS }, () => {
      const params = new URLSearchParams();
      if (kind !== 'facets') params.set('q', pick(QUERIES));
      if (kind !== 'fulltext') {
        params.append('theme', pick(THEME_IDS));
        params.append('kind', pick(KNOWLEDGE_KINDS));
        params.append('targetGroup', pick(TARGET_GROUPS));
      }
      return params;
    });
    for (const params of requests.slice(0, 10)) await searchKnowledgeProducts(prisma, knowledgeQuerySchema.parse(readKnowledgeQueryParams(params)));
    const times: number[] = [];
    let totals = 0;
    for (const params of requests) {
      const start = performance.now();
      const result = await searchKnowledgeProducts(prisma, knowledgeQuerySchema.parse(readKnowledgeQueryParams(params)));
      times.push(performance.now() - start);
      totals += result.total;
    }
    console.log(`case=${kind} p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)} requests=${REQUESTS} mean_total=${Math.round(totals / REQUESTS)}`);
  }
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

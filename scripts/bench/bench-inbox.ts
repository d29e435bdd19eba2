// npm run bench:inbox — 10,000 inbox items, spread evenly over the item types of the registry
// (scripts/bench/bench-inbox-items.ts), in a fresh database, then the inbox page query for typical
// filter combinations; prints the median and 95th percentile per case. Target: every page < 200 ms.
import { createPrismaClient } from '@/lib/db/client';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { INBOX_ITEM_TYPES } from '@/lib/inbox/inbox-item-types';
import { findInboxNeighbours, listInboxItems } from '@/lib/inbox/list-inbox-items';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { BENCH_ITEMS } from './bench-inbox-items';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'all' });
const prisma = createPrismaClient(url);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

try {
  const user = await prisma.user.create({ data: { email: 'bench@example.nl', name: 'Bench' } });
  // The same number of items of every type in the registry.
  const perType = Math.floor(COUNT / INBOX_ITEM_TYPES.length);
  for (const [index, type] of INBOX_ITEM_TYPES.entries()) {
    await BENCH_ITEMS[type](prisma, index === 0 ? COUNT - perType * (INBOX_ITEM_TYPES.length - 1) : perType, user.id);
  }
  await prisma.$executeRaw`ANALYZE`;

  const cases: Record<string, Record<string, string>> = {
    'all newest first': {},
    'page 200': { page: '200' },
    'open, unassigned': { status: 'open', assignee: 'none' },
    'questions, theme and province': { type: 'question', theme: 'poverty', province: 'utrecht' },
    'overdue, oldest first': { age: 'overdue', sort: 'oldest' },
    'search': { q: 'eenzaamheid' },
    'sort by status': { sort: 'status' },
  };
  let worst = 0;
  for (const [name, query] of Object.entries(cases)) {
    const filters = parseInboxFilters(query);
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      total = (await listInboxItems(prisma, filters, user.id)).total;
      times.push(performance.now() - started);
    }
    worst = Math.max(worst, percentile(times, 95));
    console.log(`case="${name}" items=${COUNT} matching=${total} p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)}`);
  }
  const some = (await listInboxItems(prisma, parseInboxFilters({}), user.id)).items[10]!;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await findInboxNeighbours(prisma, parseInboxFilters({}), user.id, some);
    times.push(performance.now() - started);
  }
  worst = Math.max(worst, percentile(times, 95));
  console.log(`case="next/previous of an item" items=${COUNT} p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)}`);
  console.log(`worst_p95_ms=${worst.toFixed(1)} target_ms=200 ${worst < 200 ? 'OK' : 'TOO SLOW'}`);
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

// npm run bench:inbox — 10,000 inbox items (learning questions, support requests, offering
// submissions and contact messages) in a fresh database, then the inbox page query for typical
// filter combinations; prints the median and 95th percentile per case. Target: every page < 200 ms.
import { createPrismaClient } from '@/lib/db/client';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { findInboxNeighbours, listInboxItems } from '@/lib/inbox/list-inbox-items';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';

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
  const quarter = Math.floor(COUNT / 4);
  const user = await prisma.user.create({ data: { email: 'bench@example.nl', name: 'Bench' } });
  await prisma.$executeRaw`
    INSERT INTO learning_questions (token, question, themes, target_groups, scale, province, contact_name, contact_email, consent_contact, status, assignee_id, created_at)
    SELECT 'bench-' || g, 'Hoe pakken we eenzaamheid in wijk ' || g || ' samen aan?', ARRAY[(ARRAY['poverty','social-base','healthy-neighbourhood','area-based-liveability-safety'])[1 + g % 4]],
           ARRAY['professionals'], 'local', (ARRAY['utrecht','gelderland','groningen','limburg'])[1 + g % 4], 'Vrager ' || g, 'vrager' || g || '@example.nl', true,
           (ARRAY['new','in_progress','matched','done'])[1 + g % 4]::triage_status, CASE WHEN g % 3 = 0 THEN ${user.id}::uuid END, now() - (g || ' hours')::interval
      FROM generate_series(1, ${quarter}) g`;
  await prisma.$executeRaw`
    INSERT INTO network_plans (id, token, route, title) SELECT gen_random_uuid(), 'bench-plan-' || g, 'light', 'Plan ' || g FROM generate_series(1, ${quarter}) g`;
  await prisma.$executeRaw`
    INSERT INTO support_requests (network_plan_id, support_level_id, contact_name, contact_email, created_at)
    SELECT id, 'help-organise', 'Initiatiefnemer', 'init@example.nl', now() - (random() * 1000 || ' hours')::interval FROM network_plans WHERE token LIKE 'bench-plan-%'`;
  await prisma.$executeRaw`
    INSERT INTO offerings (slug, title, summary, learning_form_id, themes, scales, provinces, target_groups, open_to_join, status)
    SELECT 'bench-voorstel-' || g, 'Voorgesteld leernetwerk ' || g, 'Samenvatting van het voorstel ' || g, 'community-of-practice', ARRAY['poverty'], ARRAY['regional'], ARRAY['utrecht'], ARRAY['professionals'], true, 'submitted'
      FROM generate_series(1, ${quarter}) g`;
  await prisma.$executeRaw`
    INSERT INTO offering_submissions (offering_id, submitter_name, submitter_email, created_at)
    SELECT id, 'Aanbieder', 'aanbieder@example.nl', now() - (random() * 1000 || ' hours')::interval FROM offerings WHERE slug LIKE 'bench-voorstel-%'`;
  await prisma.$executeRaw`
    INSERT INTO contact_messages (name, email, subject, message, created_at)
    SELECT 'Bezoeker ' || g, 'bezoeker' || g || '@example.nl', 'Vraag ' || g, 'Bericht', now() - (g || ' minutes')::interval FROM generate_series(1, ${COUNT - 3 * quarter}) g`;
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

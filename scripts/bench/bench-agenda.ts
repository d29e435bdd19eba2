// npm run bench:agenda — 10,000 synthetic published meetings (a third of them series) in a separate
// database, then the p50/p95 of the /agenda page query with filters (the search statement through
// searchMeetings, as the page runs it) and of the full /agenda.ics feed (the route handler, in
// process: the version check, then the feed from memory; the first request after a change writes it). Targets: page query p95 < 50 ms, full feed p95 < 200 ms.
import { GET as getFeed } from '@/app/agenda.ics/route';
import { createPrismaClient } from '@/lib/db/client';
import { meetingQuerySchema } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { writeMeetingOccurrences } from '@/lib/agenda/write-meeting-occurrences';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { PROVINCES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random } from './synthetic-offerings';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const FEEDS = Number(process.env.BENCH_FEEDS ?? 20);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
const prisma = createPrismaClient(url);
try {
  const started = performance.now();
  await prisma.$executeRawUnsafe(
    `INSERT INTO meetings (slug, title, summary, starts_at, ends_at, online, place, municipality, province, learning_form_id, themes, target_groups, recurrence, status, published_at)
     SELECT 'bench-' || g, 'Bijeenkomst ' || g, 'Een bijeenkomst van een leernetwerk over de wijk, nummer ' || g,
            date_trunc('hour', now()) + ((g % 540) || ' days')::interval + interval '9 hours',
            date_trunc('hour', now()) + ((g % 540) || ' days')::interval + interval '11 hours',
            g % 4 = 0, CASE WHEN g % 4 <> 0 THEN 'Wijkcentrum' END, CASE WHEN g % 4 <> 0 THEN 'Gemeente ' || (g % 300) END,
            ($1::text[])[1 + g % 12], ($2::text[])[1 + g % cardinality($2::text[])],
            ARRAY[($3::text[])[1 + g % cardinality($3::text[])], ($3::text[])[1 + (g * 7) % cardinality($3::text[])]],
            ARRAY[($4::text[])[1 + g % cardinality($4::text[])]],
            CASE WHEN g % 3 = 0 THEN 'FREQ=WEEKLY;COUNT=6;INTERVAL=' || (2 + g % 5) END,
            CASE WHEN g % 50 = 0 THEN 'cancelled' ELSE 'scheduled' END, now()
       FROM generate_series(1, ${COUNT}) g`,
    [...PROVINCES],
    [...LEARNING_FORM_IDS],
    [...THEME_IDS],
    [...TARGET_GROUPS],
  );
  const ids = (await prisma.meeting.findMany({ select: { id: true } })).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 1000) {
    await prisma.$transaction((tx) => writeMeetingOccurrences(tx, ids.slice(start, start + 1000)), { timeout: 120_000 });
  }
  await prisma.$executeRawUnsafe('VACUUM ANALYZE meetings');
  await prisma.$executeRawUnsafe('VACUUM ANALYZE meeting_occurrences');
  const dates = await prisma.meetingOccurrence.count();
  console.log(`agenda=${COUNT} meetings dates=${dates} load_s=${((performance.now() - started) / 1000).toFixed(1)}`);
  process.env.DATABASE_URL = url;

  const next = random(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const queries = Array.from({ length: REQUESTS }, () => {
    const input: Record<string, unknown> = { theme: [pick(THEME_IDS)] };
    if (next() < 0.5) input.province = [pick(PROVINCES)];
    if (next() < 0.5) input.attendance = pick(['online', 'onsite']);
    if (next() < 0.3) input.targetGroup = [pick(TARGET_GROUPS)];
    if (next() < 0.3) input.from = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    if (next() < 0.2) input.page = '2';
    return meetingQuerySchema.parse(input);
  });
  for (const query of queries.slice(0, 10)) await searchMeetings(prisma, query);
  const pageTimes: number[] = [];
  for (const query of [...queries, meetingQuerySchema.parse({})]) {
    const t0 = performance.now();
    await searchMeetings(prisma, query);
    pageTimes.push(performance.now() - t0);
  }
  console.log(`case=agenda_page_query p50_ms=${percentile(pageTimes, 50).toFixed(1)} p95_ms=${percentile(pageTimes, 95).toFixed(1)} requests=${pageTimes.length} target_p95_ms=50`);

  // The first request after a change writes the feed; later ones are served from memory until the agenda changes.
  const cold = performance.now();
  await (await getFeed(new Request('http://bench.local/agenda.ics'))).text();
  console.log(`case=agenda_ics_full_written ms=${(performance.now() - cold).toFixed(0)} (once per change of the agenda, or per hour)`);
  const feedTimes: number[] = [];
  let events = 0;
  for (let i = 0; i < FEEDS; i++) {
    const t0 = performance.now();
    const text = await (await getFeed(new Request('http://bench.local/agenda.ics'))).text();
    feedTimes.push(performance.now() - t0);
    events = text.split('BEGIN:VEVENT').length - 1;
  }
  console.log(`case=agenda_ics_full p50_ms=${percentile(feedTimes, 50).toFixed(1)} p95_ms=${percentile(feedTimes, 95).toFixed(1)} requests=${FEEDS} events=${events} target_p95_ms=200`);
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

// npm run bench:match — POST /api/match (rate limit, validation, candidates, engine) against a
// 100,000-offering synthetic catalogue, over 200 varied questions; prints p50 and p95, and how often
// the first match is about the question's own issue (its title names one of the question's subject
// words: the synthetic titles carry their subject, the themes are drawn at random). A second case
// asks on the three most used themes, so tens of thousands of offerings share the question's themes;
// `mean_sharing_theme` says how many (every one of them is a candidate, decision 0131). `cpu_*` is
// the CPU time of this process per request (with its garbage collection, without PostgreSQL's).
import { createPrismaClient, db } from '@/lib/db/client';
import { warmCatalogueIndex } from '@/lib/catalogue/catalogue-index.server';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { LEARNING_GOALS, PROVINCES, QUESTION_SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random, syntheticOfferings } from './synthetic-offerings';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const QUESTIONS = 200;
const WORDS = ['eenzaamheid', 'schulden', 'vroegsignalering', 'statushouders', 'buurtbudgetten', 'wijkteams', 'jongerenwerk', 'mantelzorg', 'ondermijning', 'participatie', 'bewoners', 'wijkverpleging'];

function questions(count: number, themes?: string[]) {
  const next = random(themes ? 11 : 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  return Array.from({ length: count }, () => {
    const scale = pick(QUESTION_SCALES);
    return {
      question: `Hoe leren wij samen over ${pick(WORDS)} en ${pick(WORDS)} in de wijk?`,
      themes: themes ?? some(THEME_IDS, 3),
      targetGroups: some(TARGET_GROUPS, 2),
      scale,
      ...(scale === 'national' ? {} : { province: pick(PROVINCES) }),
      ...(next() < 0.7 ? { learningGoal: pick(LEARNING_GOALS) } : {}),
      ...(next() < 0.3 ? { preferredForms: [pick(LEARNING_FORM_IDS)] } : {}),
      ...(next() < 0.5 ? { groupSize: 2 + Math.floor(next() * 10) } : {}),
    };
  });
}

const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
const prisma = createPrismaClient(url);
try {
  const { records, issues } = validateOfferingRecords(JSON.parse(JSON.stringify(syntheticOfferings(COUNT))));
  if (issues.length > 0) throw new Error(`synthetic data invalid: ${issues[0]!.message}`);
  await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
  await prisma.$executeRawUnsafe('ANALYZE offerings');
  process.env.DATABASE_URL = url;
  const { POST } = await import('@/app/api/match/route');
  const ask = async (body: unknown, index: number) => {
    const response = await POST(
      new Request('http://localhost/api/match', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: `10.${Math.floor(index / 62500)}.${Math.floor(index / 250) % 250}.${index % 250}` },
        body: JSON.stringify(body),
      }),
    );
    if (response.status !== 200) throw new Error(`POST /api/match answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { verdict: string; matches: { title: string }[] };
  };
  const buildStarted = performance.now();
  await warmCatalogueIndex(db());
  console.log(`offerings=${COUNT} index_build_s=${((performance.now() - buildStarted) / 1000).toFixed(1)}`);
  const common = await prisma.$queryRawUnsafe<{ theme: string }[]>(
    `SELECT theme FROM offerings, unnest(themes) AS theme WHERE status = 'published' GROUP BY theme ORDER BY count(*) DESC, theme LIMIT 3`,
  );
  let asked = 0;
  for (const [name, themes] of [['match', undefined], ['many_shared_themes', common.map((row) => row.theme)]] as const) {
    const all = questions(QUESTIONS + 20, themes ? [...themes] : undefined);
    for (const body of all.slice(0, 20)) await ask(body, asked++); // warm-up
    const timings: number[] = [];
    const cpu: number[] = [];
    const verdicts: Record<string, number> = {};
    let onTopic = 0;
    for (const body of all.slice(20)) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const answer = await ask(body, asked++);
      timings.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      verdicts[answer.verdict] = (verdicts[answer.verdict] ?? 0) + 1;
      const subjects = WORDS.filter((word) => body.question.includes(word));
      if (subjects.some((word) => answer.matches[0]?.title.includes(word))) onTopic += 1;
    }
    let sharing = 0;
    for (const body of all.slice(20, 40)) {
      const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM offerings WHERE status = 'published' AND themes && $1::text[]`, body.themes);
      sharing += row!.n;
    }
    timings.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const percentile = (p: number, list = timings) => list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]!;
    console.log(
      `case=${name} offerings=${COUNT} questions=${QUESTIONS} mean_sharing_theme=${Math.round(sharing / 20)} p50_ms=${percentile(50).toFixed(1)} p95_ms=${percentile(95).toFixed(1)} cpu_p50_ms=${percentile(50, cpu).toFixed(1)} cpu_p95_ms=${percentile(95, cpu).toFixed(1)} max_ms=${timings.at(-1)!.toFixed(1)} top1_on_topic=${(onTopic / QUESTIONS).toFixed(2)} verdicts=${Object.entries(verdicts).map(([verdict, n]) => `${verdict}:${n}`).join(',')}`,
    );
  }
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

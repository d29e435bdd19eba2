// npm run bench:match — POST /api/match (rate limit, validation, candidate query, engine) against a
// 100,000-offering synthetic catalogue, over 200 varied questions; prints p50 and p95, and how often
// the first match is about the question's own issue (its title names one of the question's subject
// words: the synthetic titles carry their subject, the themes are drawn at random).
import { createPrismaClient } from '@/lib/db/client';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { LEARNING_GOALS, PROVINCES, QUESTION_SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { random, syntheticOfferings } from './synthetic-offerings';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const QUESTIONS = 200;
const WORDS = ['eenzaamheid', 'schulden', 'vroegsignalering', 'statushouders', 'buurtbudgetten', 'wijkteams', 'jongerenwerk', 'mantelzorg', 'ondermijning', 'participatie', 'bewoners', 'wijkverpleging'];

function questions(count: number) {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  return Array.from({ length: count }, () => {
    const scale = pick(QUESTION_SCALES);
    return {
      question: `Hoe leren wij samen over ${pick(WORDS)} en ${pick(WORDS)} in de wijk?`,
      themes: some(THEME_IDS, 3),
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
        headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: `10.0.${Math.floor(index / 250)}.${index % 250}` },
        body: JSON.stringify(body),
      }),
    );
    if (response.status !== 200) throw new Error(`POST /api/match answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { verdict: string; matches: { title: string }[] };
  };
  const all = questions(QUESTIONS + 20);
  for (const [index, body] of all.slice(0, 20).entries()) await ask(body, index); // warm-up
  const timings: number[] = [];
  const verdicts: Record<string, number> = {};
  let onTopic = 0;
  for (const [index, body] of all.slice(20).entries()) {
    const started = performance.now();
    const answer = await ask(body, 1000 + index);
    timings.push(performance.now() - started);
    verdicts[answer.verdict] = (verdicts[answer.verdict] ?? 0) + 1;
    const subjects = WORDS.filter((word) => body.question.includes(word));
    if (subjects.some((word) => answer.matches[0]?.title.includes(word))) onTopic += 1;
  }
  timings.sort((a, b) => a - b);
  const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.ceil((p / 100) * timings.length) - 1)]!;
  console.log(
    `case=match offerings=${COUNT} questions=${QUESTIONS} p50_ms=${percentile(50).toFixed(1)} p95_ms=${percentile(95).toFixed(1)} max_ms=${timings.at(-1)!.toFixed(1)} top1_on_topic=${(onTopic / QUESTIONS).toFixed(2)} verdicts=${Object.entries(verdicts).map(([verdict, n]) => `${verdict}:${n}`).join(',')}`,
  );
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

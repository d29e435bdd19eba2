// npm run bench:wizard — the wizard's hot paths on a fresh database: starting plans, saving steps
// (the save that runs every time a step is left) and rendering the plan as PDF. Prints p50/p95.
import { GET as planPdf } from '@/app/api/netwerkplannen/[token]/pdf/route';
import { createPrismaClient } from '@/lib/db/client';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';

const PLANS = Number(process.env.BENCH_COUNT ?? 200);
const server = await startTestServer();
const url = await createMigratedDatabase(server.adminUrl, { seed: 'reference' });
process.env.DATABASE_URL = url;
const prisma = createPrismaClient(url);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!.toFixed(1);
  return `p50_ms=${at(0.5)} p95_ms=${at(0.95)}`;
}

async function timed<T>(samples: number[], run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  samples.push(performance.now() - started);
  return result;
}

try {
  const starts: number[] = [];
  const saves: number[] = [];
  const pdfs: number[] = [];
  const answers = {
    1: { title: 'Leernetwerk vroegsignalering', themes: ['area-based-liveability-safety'], mainQuestions: 'Hoe signaleren we eerder?', learningGoal: 'improvement' },
    2: { perspectives: ['municipality', 'residents'], groupSize: 16, groupComposition: 'mixed', 'conditions-municipality': ['willen', 'kunnen', 'mogen'], 'conditions-residents': ['willen', 'kunnen'] },
    3: { intensity: 'intensive', chosenFormId: 'community-of-practice' },
    4: { scale: 'regional', province: 'overijssel' },
  } as const;
  for (let index = 0; index < PLANS; index++) {
    const ip = `bench-${index}`;
    const outcome = await timed(starts, () => startNetworkPlan(prisma, { route: 'full' }, { ip, locale: 'nl', appUrl: 'http://localhost' }));
    if (outcome.kind !== 'ok' || !outcome.value) throw new Error(`start failed: ${outcome.kind}`);
    let version = 1;
    for (const [step, stepAnswers] of Object.entries(answers)) {
      const saved = await timed(saves, () => savePlanStep(prisma, outcome.value!.token, Number(step), { answers: stepAnswers, version }, { ip }));
      if (saved.kind !== 'ok') throw new Error(`save failed: ${saved.kind}`);
      version = saved.version;
    }
    if (index % 10 === 0) {
      const token = outcome.value.token;
      await timed(pdfs, async () => (await planPdf(new Request(`http://localhost/pdf?lang=nl`), { params: Promise.resolve({ token }) })).arrayBuffer());
    }
  }
  console.log(`case=start-plan plans=${PLANS} ${percentiles(starts)}`);
  console.log(`case=save-step saves=${saves.length} ${percentiles(saves)}`);
  console.log(`case=plan-pdf renders=${pdfs.length} ${percentiles(pdfs)}`);
} finally {
  await prisma.$disconnect();
  await dropDatabase(server.adminUrl, url);
  await server.stop();
}

// npm run test:load — the portal under load and faults, against a production build on loopback with
// its own embedded PostgreSQL (which this run stops and starts) and a real SMTP server:
//   mixed     LOAD_SECONDS (60) of catalogue pages, /api/offerings, /api/match and JSON submissions
//             with Idempotency-Key: figures per route, zero 5xx, every accepted submission stored once;
//   outage    the same load again, PostgreSQL stopped for LOAD_OUTAGE_SECONDS (10) while it runs: 503
//             pages and JSON, /api/health `unreachable`, then recovery by itself (health, zero 5xx
//             after it, a new submission, a mail delivered by the job runner);
//   crash     the app killed with SIGKILL during writes and mail delivery, started again: consistent
//             rows, every queued mail delivered at least once;
//   instances two app processes on one database: a session from one works on the other, a rate
//             limit holds across both, wizard saves from both with optimistic locking, a job runs once.
// LOAD_PHASES chooses phases (default all); LOAD_SKIP_BUILD=1 reuses the build in .next-test (npm test
// runs the short form right after the end-to-end tests built it). Exits 1 on any failed check; the
// last line is "N passed, N failed" (also written as JSON to LOAD_REPORT when set).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { LEASE_MS } from '@/lib/email/deliver-emails';
import { JOBS } from '@/lib/jobs/start-job-runner';
import { createMigratedDatabase } from '@/tests/support/test-database';
import { startSmtpSink, type SmtpSink } from '@/tests/support/smtp-sink';
import { packageBin } from '../package-bin';
import { exitCode, run } from '../support/production-server';
import { AppProcess, Checks, pollFor, printFigures, sleep, StoppableDatabase } from './load-tools';
import { emptyLedger, startMixedLoad, type SubmissionLedger } from './mixed-load';
import { countStored, newMarker, newRunId, submitOnce, type SubmissionKind } from './submissions';
import { checkTwoInstances } from './two-instances';

const LOAD_SECONDS = Math.max(3, Number(process.env.LOAD_SECONDS ?? 60));
const OUTAGE_SECONDS = Math.max(2, Number(process.env.LOAD_OUTAGE_SECONDS ?? 10));
const PHASES = new Set((process.env.LOAD_PHASES ?? 'mixed,outage,crash,instances').split(',').map((phase) => phase.trim()));
const DIST_DIR = '.next-test';
/** After PostgreSQL answers again, requests that were waiting may still fail for this long. */
const RECOVERY_GRACE_MS = 5000;

const checks = new Checks();
const runId = newRunId();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkwijzer-load-logs-'));
const sinks: SmtpSink[] = [];
const apps: AppProcess[] = [];
let database: StoppableDatabase | undefined;
let prisma: Db | undefined;

function appEnv(databaseUrl: string, smtpUrl: string, name: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    // Behind one trusted hop: each simulated visitor sends its own address in X-Forwarded-For.
    TRUST_PROXY_HOPS: '1',
    SMTP_URL: smtpUrl,
    // Every instance the same session secret, each its own data folder (as on separate machines).
    AUTH_SECRET: 'load-test-session-secret-0123456789abcdef',
    DATA_DIR: path.join(folder, `data-${name}`),
  };
}

/** Builds into .next-test (as the end-to-end tests do: the build reads the database for its static pages). */
async function build(databaseUrl: string): Promise<void> {
  if (process.env.LOAD_SKIP_BUILD && fs.existsSync(`${DIST_DIR}/BUILD_ID`)) return;
  console.log('Building the app into .next-test …');
  const code = await exitCode(run([packageBin('next'), 'build'], { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }));
  if (code !== 0) throw new Error('next build failed');
}

/** Asks the job runner (in the app) to deliver the outbox now, instead of at the next whole minute. */
async function requestDelivery(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 1, supervise: false, schedule: false, migrate: false });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    await boss.send(JOBS.deliverEmails.name, {});
  } finally {
    await boss.stop({ graceful: false, wait: false });
  }
}

function recipients(sink: SmtpSink): string[] {
  return sink.messages.flatMap((message) => message.to);
}

function deliveredIds(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sink of sinks) {
    for (const message of sink.messages) {
      const id = /^Message-ID:\s*<([^@>]+)@/im.exec(message.data)?.[1];
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json().catch(() => ({}))) as Record<string, unknown>;
}

/** Every marker that got a 2xx is stored exactly once; every one that only got 503 not at all. */
async function checkExactlyOnce(label: string, ledger: SubmissionLedger): Promise<void> {
  const stored = await countStored(prisma!, runId);
  for (const kind of Object.keys(ledger.accepted) as SubmissionKind[]) {
    const accepted = [...ledger.accepted[kind]];
    const wrong = accepted.filter((marker) => stored[kind].get(marker) !== 1);
    checks.check(`${label}: every accepted ${kind} is stored exactly once`, accepted.length > 0 && wrong.length === 0, `${accepted.length} accepted${wrong.length ? `, wrong counts for ${wrong.slice(0, 5).join(', ')}` : ''}`);
    const refused = [...ledger.refused[kind]].filter((marker) => (stored[kind].get(marker) ?? 0) > 0);
    if (ledger.refused[kind].size > 0) checks.check(`${label}: no ${kind} refused with 503 was stored`, refused.length === 0, `${ledger.refused[kind].size} refused`);
  }
}

/** One request to each kind of route, so the first measured requests do not pay for a cold start. */
async function warmUp(app: AppProcess): Promise<void> {
  for (const path of ['/', '/aanbod', '/en/aanbod', '/api/offerings', '/api/health']) {
    await pollFor(`GET ${path} answers 200`, async () => ((await fetch(`${app.baseUrl}${path}`)).status === 200 ? true : undefined), 120_000, 1000);
  }
}

/** LOAD_SECONDS of mixed load with the database up: figures, zero 5xx, no timeouts. */
async function mixed(app: AppProcess, ledger: SubmissionLedger): Promise<void> {
  console.log(`\nMixed load: ${LOAD_SECONDS} s …`);
  const started = Date.now();
  const load = startMixedLoad(app.baseUrl, LOAD_SECONDS, runId, ledger);
  await load.done;
  const elapsed = (Date.now() - started) / 1000;
  printFigures(load.figures, elapsed, `Mixed load, ${Math.round(elapsed)} s, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} (shared machine):`);
  const all = load.figures.flatMap((figure) => figure.samples.map((sample) => ({ route: figure.route, ...sample })));
  const fiveHundreds = all.filter((sample) => sample.status >= 500);
  checks.check('mixed: zero 5xx', all.length > 0 && fiveHundreds.length === 0, `${all.length} answers${fiveHundreds.length ? `; ${fiveHundreds.length} 5xx, first on ${fiveHundreds[0]!.route}` : ''}`);
  const timeouts = load.figures.reduce((sum, figure) => sum + figure.timeouts, 0);
  checks.check('mixed: no request hung (no timeouts)', timeouts === 0, timeouts ? `${timeouts} timeouts` : undefined);
}

/**
 * The same load again, and PostgreSQL stopped for LOAD_OUTAGE_SECONDS once it runs; the load goes on
 * until a while after the database answers again. 503 only between the stop and the recovery.
 */
async function outage(app: AppProcess, databaseUrl: string, sink: SmtpSink, ledger: SubmissionLedger): Promise<void> {
  console.log(`\nOutage: PostgreSQL stopped for ${OUTAGE_SECONDS} s during the same load …`);
  const started = Date.now();
  const load = startMixedLoad(app.baseUrl, 3600, runId, ledger);
  // The load is running (answers come in) before the database goes.
  await pollFor('answers under load', async () => (load.figures.every((figure) => figure.samples.length > 0) ? true : undefined), 120_000, 200).catch(() => undefined);
  const outageFrom = Date.now();
  let outageTo = Number.POSITIVE_INFINITY;
  await database!.down();
  const stoppedAt = Date.now();
  console.log('  PostgreSQL stopped');
  await checks.step('outage: /api/health says the database is unreachable', async () => {
    const body = await pollFor('health unreachable', async () => {
      const response = await fetch(`${app.baseUrl}/api/health`);
      const answer = await json(response);
      return response.status === 503 && answer.db === 'unreachable' ? answer : undefined;
    }, 30_000);
    return JSON.stringify(body);
  });
  await checks.step('outage: GET /api/offerings answers 503 {"error"} quickly', async () => {
    const sent = Date.now();
    const response = await fetch(`${app.baseUrl}/api/offerings?q=armoede`, { headers: { 'accept-language': 'nl' } });
    const answer = await json(response);
    const ms = Date.now() - sent;
    if (response.status !== 503 || typeof answer.error !== 'string') throw new Error(`got ${response.status} ${JSON.stringify(answer)}`);
    // The pool gives up on a connection after 5 s; on a busy machine the answer may take a little longer.
    if (ms > 10_000) throw new Error(`took ${ms} ms`);
    return `${ms} ms: ${answer.error}`;
  });
  const outageMarker = newMarker(runId);
  await checks.step('outage: POST /api/contact answers 503 {"error"} and stores nothing', async () => {
    const response = await fetch(`${app.baseUrl}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `key-${outageMarker}`, 'x-forwarded-for': '10.250.0.1' },
      body: JSON.stringify({ name: 'Mila de Boer', email: `${outageMarker}@example.nl`, subject: 'Storing', message: `Tijdens de storing verstuurd. Kenmerk ${outageMarker}.` }),
    });
    const answer = await json(response);
    if (response.status !== 503 || typeof answer.error !== 'string') throw new Error(`got ${response.status} ${JSON.stringify(answer)}`);
    ledger.refused.contact.add(outageMarker);
  });
  await checks.step('outage: a catalogue page answers 503 with the Dutch outage text', async () => {
    const response = await fetch(`${app.baseUrl}/aanbod?q=outage`);
    const html = await response.text();
    if (response.status !== 503) throw new Error(`got ${response.status}`);
    if (!html.includes('De website is even niet beschikbaar')) throw new Error('the page does not show the outage text');
    if (/at \S+\.(js|ts):\d+|PrismaClient|ECONNREFUSED/.test(html)) throw new Error('the page shows technical details');
  });
  await checks.step('outage: an English page answers 503 with the English outage text', async () => {
    const response = await fetch(`${app.baseUrl}/en/aanbod`);
    const html = await response.text();
    if (response.status !== 503 || !html.includes('The website is briefly unavailable')) throw new Error(`got ${response.status}`);
  });
  await sleep(Math.max(0, stoppedAt + OUTAGE_SECONDS * 1000 - Date.now()));
  await database!.up();
  console.log('  PostgreSQL started again');
  const recovered = await checks.step('recovery: /api/health says ok again by itself', async () => {
    await pollFor('health ok', async () => ((await fetch(`${app.baseUrl}/api/health`)).status === 200 ? true : undefined), 90_000);
    outageTo = Date.now() + RECOVERY_GRACE_MS;
    return `${Math.round((Date.now() - outageFrom) / 1000)} s after the stop`;
  });
  checks.check('recovery: the app process and its job runner lived through the outage (no restart)', app.running);
  // The load goes on after the grace period until answers have come in from every route again.
  if (recovered) {
    await sleep(RECOVERY_GRACE_MS);
    await pollFor('answers after the recovery', async () => (load.figures.every((figure) => figure.samples.some((sample) => sample.sentAt > outageTo)) ? true : undefined), 120_000, 250).catch(() => undefined);
  }
  load.stop();
  await load.done;
  const elapsed = (Date.now() - started) / 1000;
  printFigures(load.figures, elapsed, `Load with the outage, ${Math.round(elapsed)} s, load average ${os.loadavg()[0]!.toFixed(1)}:`);
  const outside = load.figures.flatMap((figure) => figure.outside(outageFrom, outageTo).map((sample) => ({ route: figure.route, ...sample })));
  const fiveHundreds = outside.filter((sample) => sample.status >= 500);
  checks.check(
    'outage: zero 5xx before the stop and after the recovery',
    outside.length > 0 && fiveHundreds.length === 0,
    `${outside.length} answers${fiveHundreds.length ? `; ${fiveHundreds.length} 5xx, first on ${fiveHundreds[0]!.route}` : ''}`,
  );
  const during = load.figures.flatMap((figure) => figure.within(outageFrom, outageTo));
  const not503 = during.filter((sample) => sample.status >= 500 && sample.status !== 503);
  checks.check('outage: every 5xx during the outage is a 503 (never a 500)', not503.length === 0, `${during.length} answers during the outage, ${during.filter((sample) => sample.status === 503).length} × 503`);
  const timeouts = load.figures.reduce((sum, figure) => sum + figure.timeouts, 0);
  checks.check('outage: no request hung (no timeouts)', timeouts === 0, timeouts ? `${timeouts} timeouts` : undefined);

  const marker = newMarker(runId);
  await checks.step('recovery: a new submission is accepted and stored', async () => {
    const status = await pollFor('201 for a new contact message', async () => {
      const answer = await submitOnce(app.baseUrl, 'contact', marker);
      return answer === 201 ? answer : undefined;
    }, 30_000, 1000);
    const stored = await countStored(prisma!, runId);
    if (stored.contact.get(marker) !== 1) throw new Error(`stored ${stored.contact.get(marker) ?? 0} times`);
    return String(status);
  });
  await checks.step('recovery: the job runner delivers its confirmation to the SMTP server', async () => {
    const sent = Date.now();
    await pollFor(
      'the confirmation mail at the SMTP server',
      async () => {
        if (recipients(sink).some((to) => to.includes(`${marker}@example.nl`))) return true;
        await requestDelivery(databaseUrl);
        return undefined;
      },
      120_000,
      3000,
    );
    return `${Math.round((Date.now() - sent) / 1000)} s`;
  });
}

async function crash(app: AppProcess, databaseUrl: string): Promise<AppProcess> {
  console.log('\nCrash: SIGKILL during writes and mail delivery …');
  // A slow SMTP server, so that delivery is under way when the app dies.
  const slowSink = await startSmtpSink({ acceptDelayMs: 400 });
  sinks.push(slowSink);
  await app.stop();
  const crashing = await AppProcess.create('crash', appEnv(databaseUrl, slowSink.url, 'crash'), folder);
  apps.push(crashing);
  await crashing.start();
  const ledger = emptyLedger();
  let writing = true;
  const writers = Array.from({ length: 6 }, async (_, index) => {
    const kind = (['contact', 'learning-question', 'offering-submission'] as const)[index % 3]!;
    while (writing) {
      const marker = newMarker(runId);
      const status = await submitOnce(crashing.baseUrl, kind, marker);
      if (status >= 200 && status < 300) ledger.accepted[kind].add(marker);
      if (status === 0) await sleep(200);
    }
  });
  await checks.step('crash: submissions of every kind are being accepted', async () => {
    await pollFor('three accepted submissions of each kind', async () => (Object.values(ledger.accepted).every((set) => set.size >= 3) ? true : undefined), 120_000, 200);
  });
  await requestDelivery(databaseUrl);
  await checks.step('crash: delivery is under way when the app is killed', async () => {
    await pollFor('a first mail at the slow SMTP server', async () => (slowSink.messages.length > 0 ? true : undefined), 90_000, 200);
    return `${slowSink.messages.length} delivered before the kill`;
  });
  await crashing.kill();
  writing = false;
  await Promise.all(writers);
  const sendingAtKill = new Set((await prisma!.outboundEmail.findMany({ where: { status: 'sending' }, select: { id: true } })).map((row) => row.id));
  console.log(`  killed; ${sendingAtKill.size} mail(s) were being sent`);
  await checkExactlyOnce('crash', ledger);
  await checks.step('crash: every stored contact message and learning question has its one confirmation mail (no half-written rows)', async () => {
    const contacts = await prisma!.contactMessage.findMany({ where: { message: { contains: `ld${runId}n` } }, select: { id: true } });
    const questions = await prisma!.learningQuestion.findMany({ where: { question: { contains: `ld${runId}n` } }, select: { id: true } });
    const ids = [...contacts, ...questions].map((row) => row.id);
    const mails = await prisma!.outboundEmail.groupBy({ by: ['itemId'], where: { itemId: { in: ids } }, _count: { _all: true } });
    const perItem = new Map(mails.map((row) => [row.itemId, row._count._all]));
    const wrong = ids.filter((id) => perItem.get(id) !== 1);
    if (wrong.length) throw new Error(`${wrong.length} of ${ids.length} items without exactly one mail`);
    return `${ids.length} items`;
  });

  const restarted = await AppProcess.create('restarted', appEnv(databaseUrl, slowSink.url, 'crash'), folder);
  apps.push(restarted);
  await checks.step('crash: the app starts again on the same database', async () => {
    await restarted.start();
  });
  await checks.step('crash: every queued mail is delivered at least once (a claimed one after its lease runs out)', async () => {
    const started = Date.now();
    await pollFor(
      'every outbox mail sent',
      async () => {
        const open = await prisma!.outboundEmail.count({ where: { status: { not: 'sent' } } });
        if (open === 0) return true;
        await requestDelivery(databaseUrl);
        return undefined;
      },
      LEASE_MS + 180_000,
      5000,
    );
    const all = await prisma!.outboundEmail.findMany({ select: { id: true } });
    const delivered = deliveredIds();
    const missing = all.filter((row) => !delivered.has(row.id));
    if (missing.length) throw new Error(`${missing.length} of ${all.length} never reached the SMTP server`);
    const twice = all.filter((row) => (delivered.get(row.id) ?? 0) > 1);
    const unexpected = twice.filter((row) => !sendingAtKill.has(row.id));
    if (unexpected.length) throw new Error(`${unexpected.length} delivered twice that were not being sent at the kill`);
    return `${all.length} mails in ${Math.round((Date.now() - started) / 1000)} s, ${twice.length} twice (claimed at the kill, same Message-ID)`;
  });
  return restarted;
}

async function main(): Promise<void> {
  console.log('Starting PostgreSQL, the SMTP server and the app …');
  database = await StoppableDatabase.start();
  const databaseUrl = await createMigratedDatabase(database.adminUrl);
  await build(databaseUrl);
  prisma = createPrismaClient(databaseUrl);
  const sink = await startSmtpSink();
  sinks.push(sink);
  let app = await AppProcess.create('app', appEnv(databaseUrl, sink.url, 'app'), folder);
  apps.push(app);
  await app.start();

  await warmUp(app);
  const ledger = emptyLedger();
  if (PHASES.has('mixed')) await mixed(app, ledger);
  if (PHASES.has('outage')) await outage(app, databaseUrl, sink, ledger);
  if (PHASES.has('mixed') || PHASES.has('outage')) await checkExactlyOnce('mixed and outage', ledger);
  if (PHASES.has('crash')) app = await crash(app, databaseUrl);
  if (PHASES.has('instances')) {
    const second = await AppProcess.create('second', appEnv(databaseUrl, sink.url, 'second'), folder);
    apps.push(second);
    await checkTwoInstances(checks, { first: app, second, prisma, runId, requestDelivery: () => requestDelivery(databaseUrl), deliveredIds });
  }
}

let crashed: unknown;
try {
  await main();
} catch (error) {
  crashed = error;
  checks.check('the load test ran to the end', false, error instanceof Error ? error.message : String(error));
} finally {
  for (const app of apps) await app.stop().catch(() => undefined);
  await prisma?.$disconnect().catch(() => undefined);
  for (const sink of sinks) await sink.close().catch(() => undefined);
  await database?.remove().catch(() => undefined);
}
if (checks.failed > 0) {
  for (const app of apps) {
    const tail = app.tail(20);
    if (tail) console.log(`\nLast output of ${app.name}:\n${tail}`);
  }
} else {
  fs.rmSync(folder, { recursive: true, force: true });
}
if (crashed instanceof Error && crashed.stack) console.error(crashed.stack);
console.log(`\n${checks.passed} passed, ${checks.failed} failed`);
if (process.env.LOAD_REPORT) {
  fs.mkdirSync(path.dirname(process.env.LOAD_REPORT), { recursive: true });
  fs.writeFileSync(process.env.LOAD_REPORT, JSON.stringify({ passed: checks.passed, failed: checks.failed, checks: checks.results }, null, 2));
}
process.exit(checks.failed === 0 ? 0 : 1);

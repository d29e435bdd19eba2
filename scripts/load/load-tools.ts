// The pieces of `npm run test:load`: checks with a summary, polling with deadlines, an embedded
// PostgreSQL this run can stop and start, app processes it can stop or kill, and per-route figures.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded-postgres';
import { freePort } from '@/tests/support/free-port';
import { exitCode, waitForHealth } from '../support/production-server';

// --- checks -------------------------------------------------------------------------------------

export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  /** Records a check and prints it at once. */
  check(name: string, ok: boolean, detail?: string): boolean {
    this.results.push({ name, ok, detail });
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
    return ok;
  }

  /** Runs a step that may throw; a throw is a failed check with its message. */
  async step(name: string, run: () => Promise<string | void>): Promise<boolean> {
    try {
      const detail = await run();
      return this.check(name, true, detail || undefined);
    } catch (error) {
      return this.check(name, false, error instanceof Error ? error.message : String(error));
    }
  }

  get failed(): number {
    return this.results.filter((result) => !result.ok).length;
  }

  get passed(): number {
    return this.results.length - this.failed;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `probe` again every `everyMs` until it returns a value other than undefined, or fails after `deadlineMs`. */
export async function pollFor<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs: number, everyMs = 250): Promise<T> {
  const until = Date.now() + deadlineMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      throw new Error(`${what}: not within ${Math.round(deadlineMs / 1000)} s${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    }
    await sleep(everyMs);
  }
}

// --- the database ---------------------------------------------------------------------------------

/** An embedded PostgreSQL in a folder of its own, on a fixed port, that this run stops and starts. */
export class StoppableDatabase {
  private server: EmbeddedServer | undefined;

  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async start(): Promise<StoppableDatabase> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wijkwijzer-load-'));
    // When run as root, PostgreSQL runs as the user "postgres", who must be able to enter this folder.
    fs.chmodSync(folder, 0o755);
    const database = new StoppableDatabase(folder, await freePort());
    await database.up();
    return database;
  }

  get adminUrl(): string {
    return embeddedUrl(this.port, 'postgres');
  }

  async up(): Promise<void> {
    this.server = await startEmbeddedPostgres({ dataDir: path.join(this.folder, 'postgres'), port: this.port });
  }

  async down(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  async remove(): Promise<void> {
    await this.down().catch(() => undefined);
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

// --- app processes --------------------------------------------------------------------------------

/** One app process (scripts/serve.ts, as `npm start` runs it) on its own port, its output in a log file. */
export class AppProcess {
  private child: ChildProcess | undefined;
  readonly baseUrl: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
  ) {
    this.baseUrl = `http://localhost:${port}`;
  }

  static async create(name: string, env: NodeJS.ProcessEnv, logFolder: string): Promise<AppProcess> {
    return new AppProcess(name, await freePort(), env, path.join(logFolder, `${name}.log`));
  }

  async start(): Promise<void> {
    const log = fs.openSync(this.logFile, 'a');
    // Node itself with tsx's loader (not the tsx command, which would run the server in a child
    // process of its own that a SIGKILL to it would leave running).
    this.child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'start'], {
      stdio: ['ignore', log, log],
      env: { ...this.env, PORT: String(this.port), APP_URL: this.baseUrl },
    });
    fs.closeSync(log);
    await waitForHealth(this.baseUrl, this.child);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown of any kind, as when the machine or the container dies. */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGKILL');
    await exitCode(this.child);
  }

  async stop(): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([exitCode(this.child).then(() => true), sleep(30_000).then(() => false)]);
    if (!stopped) await this.kill();
  }

  /** The last lines of its output, for a failure report. */
  tail(lines = 30): string {
    try {
      return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }
}

// --- figures --------------------------------------------------------------------------------------

export interface Sample {
  /** When the request was sent and when it was answered (ms since epoch). */
  sentAt: number;
  answeredAt: number;
  status: number;
}

export class RouteFigures {
  readonly samples: Sample[] = [];
  errors = 0;
  timeouts = 0;

  constructor(readonly route: string) {}

  record(status: number, latencyMs: number): void {
    const answeredAt = Date.now();
    this.samples.push({ sentAt: answeredAt - latencyMs, answeredAt, status });
  }

  /** Samples that overlap the window [from, to]. */
  within(from: number, to: number): Sample[] {
    return this.samples.filter((sample) => sample.answeredAt >= from && sample.sentAt <= to);
  }

  outside(from: number, to: number): Sample[] {
    return this.samples.filter((sample) => sample.answeredAt < from || sample.sentAt > to);
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One line per route: requests, requests per second, p50/p95/p99 latency, status classes. */
export function printFigures(figures: RouteFigures[], seconds: number, title: string): void {
  console.log(`\n${title}`);
  console.log(`  ${'route'.padEnd(38)} ${'requests'.padStart(8)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  statuses`);
  for (const figure of figures) {
    const latencies = figure.samples.map((sample) => sample.answeredAt - sample.sentAt).sort((a, b) => a - b);
    const classes = new Map<string, number>();
    for (const sample of figure.samples) classes.set(String(sample.status), (classes.get(String(sample.status)) ?? 0) + 1);
    const statuses = [...classes.entries()].sort().map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(
      `  ${figure.route.padEnd(38)} ${String(figure.samples.length).padStart(8)} ${(figure.samples.length / seconds).toFixed(1).padStart(7)} ${String(Math.round(percentile(latencies, 50))).padStart(7)} ${String(Math.round(percentile(latencies, 95))).padStart(7)} ${String(Math.round(percentile(latencies, 99))).padStart(7)}  ${statuses}${figure.errors ? ` errors×${figure.errors}` : ''}${figure.timeouts ? ` timeouts×${figure.timeouts}` : ''}`,
    );
  }
}

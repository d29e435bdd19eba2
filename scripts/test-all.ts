// npm test — every suite in order: typecheck, lint, unit, integration, end-to-end, and the short form
// of the load test (on the end-to-end tests' build; each of its checks counts). Prints a line per
// suite and ends with one plain line "N passed, N failed" summing them all (also written to
// test-results/summary.txt for CI).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageBin } from './package-bin';

const RESULTS = path.resolve('test-results');
fs.mkdirSync(RESULTS, { recursive: true });

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('exit', (code) => resolve(code ?? 1));
    child.once('error', () => resolve(1));
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function check(name: string, command: string, args: string[]): Promise<SuiteResult> {
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
}

async function vitest(project: 'unit' | 'integration'): Promise<SuiteResult> {
  const output = path.join(RESULTS, `${project}.json`);
  fs.rmSync(output, { force: true });
  const code = await run(process.execPath, [
    packageBin('vitest'),
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTests: number }>(output);
  if (!report) return { name: project, passed: 0, failed: 1 };
  // A run that failed outside any test (setup, collection) counts as one failure.
  const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { name: project, passed: report.numPassedTests, failed };
}

async function e2e(): Promise<SuiteResult> {
  const output = path.join(RESULTS, 'e2e.json');
  fs.rmSync(output, { force: true });
  const code = await run(process.execPath, [packageBin('tsx'), 'scripts/test-e2e.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: output,
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  if (!report) return { name: 'e2e', passed: 0, failed: 1 };
  const failed = report.stats.unexpected + report.stats.flaky + report.stats.skipped + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  return { name: 'e2e', passed: report.stats.expected, failed };
}

/** The short form of `npm run test:load`: a few seconds of mixed load, a short outage, two instances. */
async function load(): Promise<SuiteResult> {
  const output = path.join(RESULTS, 'load.json');
  fs.rmSync(output, { force: true });
  const code = await run(process.execPath, [packageBin('tsx'), 'scripts/load/test-load.ts'], {
    LOAD_SECONDS: '8',
    LOAD_OUTAGE_SECONDS: '5',
    LOAD_PHASES: 'mixed,outage,instances',
    LOAD_SKIP_BUILD: '1',
    LOAD_REPORT: output,
  });
  const report = readJson<{ passed: number; failed: number }>(output);
  if (!report) return { name: 'load', passed: 0, failed: 1 };
  return { name: 'load', passed: report.passed, failed: report.failed + (code !== 0 && report.failed === 0 ? 1 : 0) };
}

const results: SuiteResult[] = [];
// Route types (PageProps, LayoutProps) come from Next.js's type generation; a clean clone has none yet.
const typegen = await run(process.execPath, [packageBin('next'), 'typegen']);
results.push(typegen === 0 ? await check('typecheck', process.execPath, [packageBin('typescript', 'tsc'), '--noEmit']) : { name: 'typecheck', passed: 0, failed: 1 });
results.push(await check('lint', process.execPath, [packageBin('eslint'), '.', '--max-warnings=0']));
results.push(await vitest('unit'));
results.push(await vitest('integration'));
results.push(await e2e());
results.push(await load());

console.log('\nSuites:');
for (const result of results) console.log(`  ${result.name.padEnd(12)} ${result.passed} passed, ${result.failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(RESULTS, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);

// npm run test:e2e — a fresh migrated and seeded database, a production build in .next-test, the
// server on a free port (scripts/serve.ts, as `npm start` runs it), then Playwright against it. The
// server acts as if behind one reverse proxy (TRUST_PROXY_HOPS=1), so each test can be a visitor of
// its own with X-Forwarded-For; tests/integration/client-address.test.ts covers TRUST_PROXY_HOPS=0. Everything is torn down afterwards.
// E2E_SKIP_BUILD=1 reuses the last test build (for quick local iterations).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '@/tests/support/free-port';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { fail } from './run-script';
import { packageBin } from './package-bin';

const nextBin = packageBin('next');
const tsxBin = packageBin('tsx');
const playwrightBin = packageBin('@playwright/test', 'playwright');
const DIST_DIR = '.next-test';

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { stdio: 'inherit', env });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function waitForHealth(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error('The test server stopped before it was ready.');
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The test server did not become healthy within two minutes.');
}

const testServer = await startTestServer().catch(fail);
let databaseUrl: string | undefined;
let app: ChildProcess | undefined;
let code = 1;
try {
  databaseUrl = await createMigratedDatabase(testServer.adminUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  };
  if (!(process.env.E2E_SKIP_BUILD && fs.existsSync(`${DIST_DIR}/BUILD_ID`))) {
    const built = await exitCode(run([nextBin, 'build'], env));
    if (built !== 0) throw new Error('next build failed');
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  app = run([tsxBin, 'scripts/serve.ts', 'start'], { ...env, PORT: String(port), APP_URL: baseUrl, TRUST_PROXY_HOPS: '1' });
  await waitForHealth(baseUrl, app);
  code = await exitCode(
    run([playwrightBin, 'test', ...process.argv.slice(2)], { ...env, BASE_URL: baseUrl, ADMIN_DATABASE_URL: testServer.adminUrl }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await exitCode(app);
  }
  if (databaseUrl) await dropDatabase(testServer.adminUrl, databaseUrl).catch(() => undefined);
  await testServer.stop();
}
process.exit(code);

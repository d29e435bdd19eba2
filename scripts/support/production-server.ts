// A production build served on a free port against a database of its own: what the end-to-end
// tests and the Lighthouse benchmark share. `skipBuild` reuses the last build in `distDir`.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '@/tests/support/free-port';
import { packageBin } from '../package-bin';

const nextBin = packageBin('next');
const tsxBin = packageBin('tsx');

export function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { stdio: 'inherit', env });
}

export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export async function waitForHealth(url: string, server: ChildProcess) {
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

export interface ProductionServer {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Builds (unless skipped) into `distDir` and starts the app's own server (scripts/serve.ts, as
 * `npm start` does) on a free port until stopped. The end-to-end tests stand behind one trusted hop
 * (TRUST_PROXY_HOPS=1) so each test can send as its own visitor address (X-Forwarded-For).
 */
export async function startProductionServer(options: { databaseUrl: string; distDir: string; skipBuild: boolean; env?: Record<string, string> }): Promise<ProductionServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...options.env,
  };
  if (!(options.skipBuild && fs.existsSync(`${options.distDir}/BUILD_ID`))) {
    const built = await exitCode(run([nextBin, 'build'], env));
    if (built !== 0) throw new Error('next build failed');
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const app = run([tsxBin, 'scripts/serve.ts', 'start'], { ...env, PORT: String(port), APP_URL: baseUrl });
  const stop = async () => {
    if (app.exitCode !== null) return;
    app.kill('SIGTERM');
    await exitCode(app);
  };
  try {
    await waitForHealth(baseUrl, app);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, env, stop };
}

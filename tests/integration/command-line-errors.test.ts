// Command-line scripts answer a broken environment with one sentence saying what to do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function runScript(script: string, env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script], { env: childEnv, encoding: 'utf8', timeout: 60_000 });
}

function oneSentence(output: string) {
  const text = output.trim();
  expect(text.split('\n').filter((line) => line.trim()).length).toBe(1);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  return text;
}

describe('clear errors from the command-line scripts', () => {
  it('names an unreachable DATABASE_URL server and what to do', () => {
    const result = runScript('scripts/db-migrate.ts', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/wijkwijzer' });
    expect(result.status).toBe(1);
    expect(oneSentence(result.stderr)).toMatch(/^Cannot reach the PostgreSQL server at 127\.0\.0\.1:1 .*unset it to use the embedded database\.$/);
  });

  it('names a malformed environment variable', () => {
    const result = runScript('scripts/db-migrate.ts', { PORT: 'drieduizend' });
    expect(result.status).toBe(1);
    expect(oneSentence(result.stderr)).toMatch(/^The environment variable PORT is not valid/);
  });

  it('says when the embedded database port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-data-'));
    fs.chmodSync(dataDir, 0o755);
    try {
      const result = runScript('scripts/db-migrate.ts', { DATABASE_URL: undefined, DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port) });
      expect(result.status).toBe(1);
      expect(oneSentence(result.stderr)).toBe(
        `Port ${port} (EMBEDDED_POSTGRES_PORT) is already in use; choose another port, or stop the program that uses it.`,
      );
    } finally {
      blocker.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('says when the data folder cannot be written', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-readonly-'));
    const blockedFile = path.join(parent, 'not-a-folder');
    fs.writeFileSync(blockedFile, 'x');
    try {
      const result = runScript('scripts/db-migrate.ts', { DATABASE_URL: undefined, DATA_DIR: path.join(blockedFile, 'data') });
      expect(result.status).toBe(1);
      expect(oneSentence(result.stderr)).toMatch(/^The data folder .+ cannot be created or written to; set DATA_DIR to a writable folder/);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

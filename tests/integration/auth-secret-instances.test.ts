// Two instances on one database (issue 15, "Two instances"): without AUTH_SECRET each data folder has
// its own generated secret, and sessions of one would not work on the other. The database keeps a
// fingerprint of the secret; an instance with another one refuses to start with a sentence.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAuthSecret } from '@/lib/auth/check-auth-secret';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { freePort } from '@/tests/support/free-port';

let prisma: Db;
const folders: string[] = [];

function dataFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-instance-'));
  folders.push(folder);
  return folder;
}

const forget = () => prisma.appSetting.deleteMany({ where: { key: 'auth-secret-fingerprint' } });

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  await forget();
});
afterAll(async () => {
  await forget();
  await prisma.$disconnect();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the session secret of instances sharing a database', () => {
  it('is recorded by the first instance, accepted again, and another one is refused with a sentence', async () => {
    const first = dataFolder();
    expect(await checkAuthSecret(prisma, { dataDir: first })).toBe('recorded');
    expect(await checkAuthSecret(prisma, { dataDir: first })).toBe('same');
    const firstSecret = fs.readFileSync(path.join(first, 'auth-secret'), 'utf8').trim();
    // The same secret given as AUTH_SECRET (e.g. on a second machine) is the same secret.
    expect(await checkAuthSecret(prisma, { dataDir: dataFolder(), AUTH_SECRET: firstSecret })).toBe('same');

    const second = dataFolder();
    const refusal = await checkAuthSecret(prisma, { dataDir: second }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as Error).message).toContain('AUTH_SECRET is not set');
    expect((refusal as Error).message).toContain(path.join(second, 'auth-secret'));
    expect((refusal as Error).message).toContain('Set the same AUTH_SECRET on every instance');
    await expect(checkAuthSecret(prisma, { dataDir: first, AUTH_SECRET: 'x'.repeat(40) })).rejects.toThrow('AUTH_SECRET differs');
  });

  it('moves to a new AUTH_SECRET only when the old one is given as AUTH_SECRET_PREVIOUS', async () => {
    await forget();
    const old = 'o'.repeat(40);
    const renewed = 'n'.repeat(40);
    const dataDir = dataFolder();
    expect(await checkAuthSecret(prisma, { dataDir, AUTH_SECRET: old })).toBe('recorded');
    await expect(checkAuthSecret(prisma, { dataDir, AUTH_SECRET: renewed, AUTH_SECRET_PREVIOUS: 'p'.repeat(40) })).rejects.toThrow(UserFacingError);
    expect(await checkAuthSecret(prisma, { dataDir, AUTH_SECRET: renewed, AUTH_SECRET_PREVIOUS: old })).toBe('changed');
    expect(await checkAuthSecret(prisma, { dataDir, AUTH_SECRET: renewed })).toBe('same');
    await expect(checkAuthSecret(prisma, { dataDir, AUTH_SECRET: old })).rejects.toThrow(UserFacingError);
  });

  it('npm start with another data folder and no AUTH_SECRET stops with that sentence', async () => {
    await forget();
    expect(await checkAuthSecret(prisma, { dataDir: dataFolder() })).toBe('recorded');
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: inject('databaseUrl'), DATA_DIR: dataFolder(), PORT: String(await freePort()) };
    delete env.AUTH_SECRET;
    delete env.AUTH_SECRET_PREVIOUS;
    const outcome = await promisify(execFile)('npx', ['tsx', 'scripts/start.ts'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('This instance cannot start: AUTH_SECRET is not set');
  });
});

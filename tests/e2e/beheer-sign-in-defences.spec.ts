// Sign-in defences in the browser and at the server's edge (issue 15, holes 6 and 9, two instances):
// turning the second factor off asks for password and code; an invitation link works once; session
// cookies are `__Host-` and Secure when APP_URL is https and plain over http; a second server with
// another data folder and no AUTH_SECRET does not start.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, enrolSecondFactor, PASSWORD, signIn } from './support/team';
import { asVisitor } from './support/visitor';
import { freePort } from '../support/free-port';

test.use(asVisitor());

/** Another `next start` of the same build on the same database, with some settings changed. */
async function startServer(env: Record<string, string>): Promise<{ server: ChildProcess; port: number; output: () => string }> {
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    env: { ...process.env, PORT: String(port), JOBS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { server, port, output: () => output };
}

function stopped(server: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve(server.exitCode);
    server.once('exit', (code) => resolve(code ?? 1));
  });
}

async function healthy(port: number, server: ChildProcess): Promise<void> {
  await expect
    .poll(async () => {
      if (server.exitCode !== null) return 'stopped';
      return fetch(`http://localhost:${port}/api/health`).then((response) => response.status, () => 0);
    }, { timeout: 60_000 })
    .toBe(200);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie();
}

test('turning the second factor off asks for the password and a new code', async ({ page }) => {
  const { generate } = await import('otplib');
  const member = await createMember('coordinator');
  await signIn(page, member);
  const secret = await enrolSecondFactor(page);

  await page.getByLabel('Je wachtwoord').fill('niet mijn wachtwoord');
  await page.getByLabel('Code uit je authenticator-app').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het wachtwoord of de code klopt niet. De tweede stap staat nog aan.' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Je wachtwoord').fill(PASSWORD);
  await page.getByLabel('Code uit je authenticator-app').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  await expect(page.getByText('De tweede stap staat nu uit.')).toBeVisible();
  await expect(page.getByText('De tweede stap staat uit.')).toBeVisible();
});

test('an invitation link sets the invited account’s password once, then says it is no longer valid', async ({ page }) => {
  const token = randomBytes(32).toString('base64url');
  const email = `uitgenodigd-${Date.now().toString(36)}@team.example.nl`;
  const users = await query<{ id: string }>(`INSERT INTO users (email, name, role) VALUES ($1, 'Uitgenodigd Teamlid', 'admin') RETURNING id`, [email]);
  await query(`INSERT INTO auth_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, 'invite', $2, now() + interval '1 day')`, [
    users[0]!.id,
    createHash('sha256').update(token).digest('hex'),
  ]);
  await page.goto(`/beheer/uitnodiging/${token}`);
  await page.getByLabel('Wachtwoord (ten minste 12 tekens)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByText('Je wachtwoord is opgeslagen. Je kunt nu inloggen.')).toBeVisible();

  await page.goto(`/beheer/uitnodiging/${token}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Deze link is niet (meer) geldig.' })).toBeVisible();
  await expect(page.getByLabel('Wachtwoord (ten minste 12 tekens)')).toHaveCount(0);
  await signIn(page, { id: users[0]!.id, email, name: 'Uitgenodigd Teamlid' });
});

test('session cookies: plain over http, __Host- and Secure when APP_URL is https', async ({ request }) => {
  const csrf = await request.get('/api/auth/csrf');
  const plain = (await csrf.headersArray()).filter((header) => header.name.toLowerCase() === 'set-cookie').map((header) => header.value);
  expect(plain.some((cookie) => cookie.startsWith('next-auth.csrf-token=') && !/;\s*secure/i.test(cookie))).toBe(true);

  const member = await createMember('coordinator');
  const { server, port } = await startServer({ APP_URL: 'https://wijkwijzer.example.nl' });
  try {
    await healthy(port, server);
    const base = `http://localhost:${port}`;
    const first = await fetch(`${base}/api/auth/csrf`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const csrfCookie = cookiesOf(first).find((cookie) => cookie.startsWith('__Host-next-auth.csrf-token='));
    expect(csrfCookie).toMatch(/;\s*Secure/i);
    expect(csrfCookie).toMatch(/;\s*Path=\//i);
    expect(csrfCookie).not.toMatch(/;\s*Domain=/i);

    const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie!.split(';')[0]!, 'X-Forwarded-For': '203.0.113.7' },
      body: new URLSearchParams({ csrfToken, email: member.email, password: PASSWORD, totp: '', json: 'true' }),
    });
    const session = cookiesOf(signedIn).find((cookie) => cookie.startsWith('__Host-next-auth.session-token='));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(cookiesOf(signedIn).some((cookie) => /^(__Secure-)?next-auth\.session-token=/.test(cookie))).toBe(false);
  } finally {
    server.kill('SIGTERM');
    await stopped(server);
  }
});

test('a second server with another data folder and no AUTH_SECRET refuses to start, with a sentence', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-second-'));
  const { server, output } = await startServer({ DATA_DIR: dataDir, AUTH_SECRET: '' });
  try {
    expect(await stopped(server)).not.toBe(0);
    expect(output()).toContain('This instance cannot start: AUTH_SECRET is not set');
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

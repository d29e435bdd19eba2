// Team members for the dashboard tests, written straight into the test server's database, and
// signing in as one (through the real sign-in page or next-auth's endpoints).
import { hash } from '@node-rs/argon2';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { query } from './database';

export const PASSWORD = 'een lang en sterk wachtwoord';
let counter = 0;

export interface TestMember {
  id: string;
  email: string;
  name: string;
}

export async function createMember(role: 'coordinator' | 'admin', name?: string): Promise<TestMember> {
  counter += 1;
  const email = `${role}-${Date.now().toString(36)}-${counter}@team.example.nl`;
  const memberName = name ?? `${role === 'admin' ? 'Beheerder' : 'Coördinator'} ${Date.now().toString(36)}${counter}`;
  const rows = await query<{ id: string }>(
    'INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, $3::user_role, $4) RETURNING id',
    [email, memberName, role, await hash(PASSWORD)],
  );
  return { id: rows[0]!.id, email, name: memberName };
}

/** Signs in through the sign-in page, as a person does. */
export async function signIn(page: Page, member: TestMember, path = '/beheer/inloggen') {
  await page.goto(path);
  await page.getByLabel('E-mailadres').fill(member.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
}

/** Signs an API request context in through next-auth's credentials endpoint (its cookies stay in it). */
export async function signInRequest(request: APIRequestContext, member: TestMember) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: member.email, password: PASSWORD, totp: '', json: 'true' },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email: string } };
  expect(session.user?.email).toBe(member.email);
}

/** Sets up the second factor on the account page, as a person does; answers its secret. */
export async function enrolSecondFactor(page: Page): Promise<string> {
  const { generate } = await import('otplib');
  await page.goto('/beheer/account');
  await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!;
  await page.getByLabel('Code uit je authenticator-app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByText('De tweede stap staat nu aan.')).toBeVisible();
  return secret;
}

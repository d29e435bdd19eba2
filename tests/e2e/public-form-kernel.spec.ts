// The public-form kernel where the browser matters: a send whose answer is lost on the way is sent
// again with the same one-time token and stored once; and a /beheer form with input that does not
// pass comes back with a message, not an error page.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { createMember, signIn } from './support/team';
import { asVisitor } from './support/visitor';

test.use(asVisitor());

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

test('a contact message whose answer was lost is sent again and stored once, with one e-mail', async ({ page }) => {
  const subject = `Verloren antwoord ${unique()}`;
  const keys: (string | null)[] = [];
  let first = true;
  await page.route('**/api/contact', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? null);
    const response = await route.fetch();
    if (first) {
      // The server stored the message, but the answer never reaches the browser.
      first = false;
      await route.abort('connectionreset');
    } else {
      await route.fulfill({ response });
    }
  });
  await page.goto('/contact');
  await page.getByLabel('Naam').fill('Ruben Jacobs');
  await page.getByLabel('E-mailadres').fill('ruben@example.nl');
  await page.getByLabel('Onderwerp').fill(subject);
  await page.getByLabel('Bericht').fill('Is er een leerkring voor jongerenwerkers in Twente?');
  await page.getByRole('button', { name: 'Bericht versturen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het versturen is niet gelukt' })).toBeVisible();
  await page.getByRole('button', { name: 'Bericht versturen' }).click();
  await expect(page.getByRole('status').getByRole('heading', { name: 'Bedankt, je bericht is ontvangen' })).toBeVisible();

  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  const rows = await query<{ id: string }>('SELECT id FROM contact_messages WHERE subject = $1', [subject]);
  expect(rows).toHaveLength(1);
  const mails = await query<{ id: string }>('SELECT id FROM outbound_emails WHERE item_id = $1', [rows[0]!.id]);
  expect(mails).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every public form carries a one-time token, fresh on every page view', async ({ page }) => {
    const tokens: string[] = [];
    for (const path of ['/contact', '/contact', '/aanbod/aanmelden', '/leervraag', '/leernetwerk-opzetten/nieuw?route=light']) {
      await page.goto(path);
      tokens.push(await page.locator('input[name="formToken"]').first().inputValue());
    }
    for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{36}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

test('a dashboard form with input that does not pass comes back with a message, not an error page', async ({ page }) => {
  const member = await createMember('coordinator');
  const title = `Vraag met kapot formulier ${unique()}`;
  const rows = await query<{ id: string }>(
    `INSERT INTO learning_questions (token, question, themes, target_groups, scale, contact_name, contact_email, consent_contact, verdict)
     VALUES ($1, $2, ARRAY['poverty'], ARRAY['professionals'], 'national', 'Sanne de Vries', 'sanne@example.nl', true, 'new-network') RETURNING id`,
    [unique(), title],
  );
  await signIn(page, member);
  await page.goto(`/beheer/leervraag/${rows[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // As a tampered or outdated form would send it: a version that is no number.
  await page.locator('form:has(select[name="status"]) input[name="version"]').evaluate((input: HTMLInputElement) => (input.value = 'geen-nummer'));
  await page.getByLabel('Nieuwe status').selectOption({ label: 'In behandeling' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer het formulier' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const stored = await query<{ status: string }>('SELECT status::text FROM learning_questions WHERE id = $1', [rows[0]!.id]);
  expect(stored[0]!.status).toBe('new');
});

test('a server action refuses a body over 1 MB with 413', async ({ request }) => {
  const manifestFile = path.join(process.env.NEXT_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { node: Record<string, { filename: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === 'app/[locale]/contact/send-contact-message.ts')?.[0];
  expect(id).toBeTruthy();
  const response = await request.post('/contact', {
    headers: { 'Next-Action': id!, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
    data: JSON.stringify(['x'.repeat(1024 * 1024 + 10)]),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
});

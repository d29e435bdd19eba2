// Privacy (AVG): the statement names the retention periods the retention job applies (from the
// environment this server runs with), and an initiator sees their data behind their private link,
// downloads it, withdraws consent and deletes their learning question or plan: with a confirm step,
// without JavaScript, after which the link answers 404 and nothing of them is left.
import { expect, test, type Page } from '@playwright/test';
import { parseEnv } from '@/lib/env';
import { retentionPeriods } from '@/lib/privacy/retention-periods';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { asVisitor, visitorAddress } from './support/visitor';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!);

/** Rows of the tables that held the person, by name or address (the integration tests scan every table). */
async function traces(name: string, email: string): Promise<number> {
  const rows = await query<{ count: string }>(
    `SELECT (SELECT count(*) FROM learning_questions WHERE contact_name = $1 OR contact_email = $2)
          + (SELECT count(*) FROM network_plans WHERE contact_name = $1 OR contact_email = $2)
          + (SELECT count(*) FROM outbound_emails WHERE "to" = $2 OR text ILIKE '%' || $1 || '%')
          + (SELECT count(*) FROM audit_events WHERE changes::text ILIKE '%' || $2 || '%') AS count`,
    [name, email],
  );
  return Number(rows[0]!.count);
}

test.describe('the privacy statement', () => {
  const periods = retentionPeriods(parseEnv(process.env));
  for (const [path, words] of [
    ['/privacy', { months: 'maanden', days: 'dagen', hours: 'uur' }],
    ['/en/privacy', { months: 'months', days: 'days', hours: 'hours' }],
  ] as const) {
    test(`${path} names the retention periods this server applies`, async ({ page }) => {
      await page.goto(path);
      const list = page.locator('article ul').nth(2);
      await expect(list).toContainText(`${periods.handledItemMonths} ${words.months}`);
      await expect(list).toContainText(`${periods.unconfirmedFollowDays} ${words.days}`);
      await expect(list).toContainText(`${periods.sentMailBodyDays} ${words.days}`);
      await expect(list).toContainText(`${periods.clientAddressHours} ${words.hours}`);
      await expect(list).not.toContainText(/2 jaar|2 years/);
    });
  }
});

async function askQuestion(page: Page, name: string, email: string): Promise<string> {
  const response = await page.request.post('/api/learning-questions', {
    data: {
      question: 'Hoe bouwen we vertrouwen op tussen bewoners en de wijkagent in een buurt met veel verloop?',
      themes: ['trust-and-connection-in-the-neighbourhood'],
      targetGroups: ['professionals'],
      scale: 'local',
      province: 'gelderland',
      municipality: 'Arnhem',
      contactName: name,
      contactEmail: email,
      consentContact: true,
      consentConnect: true,
    },
    headers: { 'X-Forwarded-For': visitorAddress() },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).path as string;
}

test.describe('a learning question behind its private link', () => {
  test.use(asVisitor());
  // Several pages with axe each: more than the default minute on a busy machine.
  test.slow();

  test('shows what is stored, downloads it and withdraws consent', async ({ page }) => {
    const name = `Aafke Oosterbeek ${unique()}`;
    const email = `aafke.${unique()}@voorbeeld.nl`;
    const path = await askQuestion(page, name, email);
    await page.goto(`${path}#je-gegevens`);
    const section = page.getByRole('region', { name: 'Je gegevens' });
    await expect(section).toContainText(name);
    await expect(section).toContainText(email);
    await expect(section.getByRole('listitem').filter({ hasText: 'Ontvangen' })).toBeVisible();
    await expectNoAxeViolations(page);

    const href = await section.getByRole('link', { name: /Download al je gegevens/ }).getAttribute('href');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await download.json()).toMatchObject({ contact: { name, email }, consent: { connect: true } });

    await section.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await expect(page.getByRole('region', { name: 'Je gegevens' })).toContainText('Je hebt geen toestemming gegeven om in contact te komen');
    await expect(page.getByRole('button', { name: 'Toestemming intrekken' })).toHaveCount(0);
    const rows = await query<{ consent_connect: boolean }>('SELECT consent_connect FROM learning_questions WHERE contact_email = $1', [email]);
    expect(rows).toEqual([{ consent_connect: false }]);
  });

  test('asks to confirm before deleting; the confirm and done pages pass axe', async ({ page }) => {
    const path = await askQuestion(page, `Eva Brinkhorst ${unique()}`, `eva.${unique()}@voorbeeld.nl`);
    await page.goto(path);
    await page.getByRole('link', { name: 'Leervraag verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Leervraag verwijderen' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Going back changes nothing.
    await page.getByRole('link', { name: 'Nee, ga terug' }).click();
    await expect(page.getByRole('region', { name: 'Je gegevens' })).toContainText('Eva Brinkhorst');
    await page.goto('/privacy/verwijderd');
    await expect(page.getByRole('heading', { level: 1, name: 'Je gegevens zijn verwijderd' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('deletes the question after a confirm step; the link then answers 404', async ({ page }) => {
      const name = `Bram Zeldenrust ${unique()}`;
      const email = `bram.${unique()}@voorbeeld.nl`;
      const path = await askQuestion(page, name, email);
      await page.goto(path);
      await page.getByRole('link', { name: 'Leervraag verwijderen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Leervraag verwijderen' })).toBeVisible();
      await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Je gegevens zijn verwijderd' })).toBeVisible();
      await expect(page).toHaveURL(/\/privacy\/verwijderd$/);

      expect((await page.goto(path))!.status()).toBe(404);
      expect(await traces(name, email)).toBe(0);
    });
  });
});

/** Starts a light-route plan with a name and address through the form; returns the plan's token. */
async function startPlan(page: Page, name: string, email: string): Promise<string> {
  await page.goto('/leernetwerk-opzetten/nieuw?route=light');
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel(/Je e-mailadres/).fill(email);
  await page.getByRole('button', { name: 'Plan starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 1 van 5/ })).toBeVisible();
  return /\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;
}

test.describe('a plan behind its private link', () => {
  test.use(asVisitor());
  // Starting a plan, its summary page and axe twice: more than the default minute on a busy machine.
  test.slow();

  test('shows what is stored and is deleted after a confirm step, without JavaScript', async ({ page, browser }) => {
    const name = `Chris Weidema ${unique()}`;
    const email = `chris.${unique()}@voorbeeld.nl`;
    const token = await startPlan(page, name, email);
    await page.goto(`/leernetwerk-opzetten/plan/${token}`);
    const section = page.getByRole('region', { name: 'Je gegevens' });
    await expect(section).toContainText(name);
    await expect(section).toContainText(email);
    await expectNoAxeViolations(page);
    await section.getByRole('link', { name: 'Plan verwijderen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan verwijderen' })).toBeVisible();
    await expectNoAxeViolations(page);

    const context = await browser.newContext({ javaScriptEnabled: false, ...asVisitor() });
    const withoutScript = await context.newPage();
    await withoutScript.goto(`/leernetwerk-opzetten/plan/${token}/verwijderen`);
    await withoutScript.getByRole('button', { name: 'Ja, verwijder alles' }).click();
    await expect(withoutScript.getByRole('heading', { level: 1, name: 'Je gegevens zijn verwijderd' })).toBeVisible();
    expect((await withoutScript.goto(`/leernetwerk-opzetten/plan/${token}`))!.status()).toBe(404);
    expect((await withoutScript.request.get(`/api/netwerkplannen/${token}/pdf`)).status()).toBe(404);
    expect(await traces(name, email)).toBe(0);
    await context.close();
  });

  test('is deleted through the JSON door with 204', async ({ page }) => {
    const name = `Dewi Hoogland ${unique()}`;
    const email = `dewi.${unique()}@voorbeeld.nl`;
    const token = await startPlan(page, name, email);
    expect((await page.request.delete(`/api/netwerkplannen/${token}`)).status()).toBe(204);
    expect((await page.request.delete(`/api/netwerkplannen/${token}`)).status()).toBe(404);
    expect((await page.goto(`/leernetwerk-opzetten/plan/${token}`))!.status()).toBe(404);
    expect(await traces(name, email)).toBe(0);
  });
});

test('/.well-known/security.txt says where to report a vulnerability', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
  expect(text).toMatch(/^Expires: \d{4}-\d\d-\d\dT00:00:00Z$/m);
  expect(text).toContain('/.well-known/security.txt');
});

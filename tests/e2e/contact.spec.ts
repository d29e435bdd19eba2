// /contact: the first public form. With and without JavaScript, Dutch errors at the field, the
// honeypot, the per-IP rate limit (HTTP 429 with a readable message), and what was stored.
import { expect, test } from '@playwright/test';
import { collectCspErrors, expectNoAxeViolations } from './support/accessibility';
import { count, query } from './support/database';
import { asVisitor, visitorAddress } from './support/visitor';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

test.describe('with JavaScript', () => {
  test.use(asVisitor());

  test('has no accessibility violations, in Dutch and English', async ({ page }) => {
    const cspErrors = collectCspErrors(page);
    await page.goto('/contact');
    await expect(page.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/en/contact');
    await expect(page.getByRole('button', { name: 'Send message' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
  });

  test('sends a message, confirms what was received and queues the confirmation e-mail', async ({ page }) => {
    const subject = `Vraag over intervisie ${unique()}`;
    await page.goto('/contact');
    await page.getByLabel('Naam').fill('Fatima el Amrani');
    await page.getByLabel('E-mailadres').fill('fatima@example.nl');
    await page.getByLabel('Organisatie').fill('Gemeente Zwolle');
    await page.getByLabel('Onderwerp').fill(subject);
    await page.getByLabel('Bericht').fill('Is er een intervisiegroep voor wijkcoaches in Overijssel?');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();

    const confirmation = page.getByRole('status');
    await expect(confirmation.getByRole('heading', { name: 'Bedankt, je bericht is ontvangen' })).toBeVisible();
    await expect(confirmation).toContainText(subject);
    await expect(confirmation).toContainText('fatima@example.nl');

    const rows = await query<{ id: string; name: string; organisation: string; status: string }>(
      'SELECT id, name, organisation, status FROM contact_messages WHERE subject = $1',
      [subject],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Fatima el Amrani', organisation: 'Gemeente Zwolle', status: 'new' });
    const mails = await query<{ to: string; template: string; text: string }>('SELECT "to", template, text FROM outbound_emails WHERE item_id = $1', [rows[0]!.id]);
    expect(mails).toEqual([expect.objectContaining({ to: 'fatima@example.nl', template: 'contact-received' })]);
    expect(mails[0]!.text).toContain(subject);
  });

  test('shows Dutch errors at the fields, moves focus to the first, and stores nothing', async ({ page }) => {
    const before = await count('contact_messages');
    await page.goto('/contact');
    await page.getByLabel('E-mailadres').fill('fatima@');
    await page.getByLabel('Bericht').fill('Kort');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();

    await expect(page.getByLabel('Naam')).toBeFocused();
    await expect(page.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Naam')).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    await expect(page.getByLabel('E-mailadres')).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
    await expect(page.getByLabel('Bericht')).toHaveAccessibleDescription(/Vul minstens 10 tekens in\./);
    const summary = page.locator('.ww-error-summary');
    await expect(summary.getByRole('link')).toHaveCount(4);
    await summary.getByRole('link', { name: /geldig e-mailadres/ }).click();
    await expect(page.getByLabel('E-mailadres')).toBeFocused();
    expect(await count('contact_messages')).toBe(before);
  });

  test('answers a filled honeypot kindly and stores nothing', async ({ page }) => {
    const subject = `Spam ${unique()}`;
    await page.goto('/contact');
    await page.getByLabel('Naam').fill('Robot');
    await page.getByLabel('E-mailadres').fill('robot@example.nl');
    await page.getByLabel('Onderwerp').fill(subject);
    await page.getByLabel('Bericht').fill('Koop nu goedkope leernetwerken!');
    await page.locator('input[name="website"]').fill('https://spam.example');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt, je bericht is ontvangen' })).toBeVisible();
    expect(await count('contact_messages', 'subject = $1', [subject])).toBe(0);
  });
});

test('the rate limit answers 429 with a readable message, and the form shows it', async ({ browser, request }) => {
  const address = visitorAddress();
  const message = { name: 'Iemand', email: 'iemand@example.nl', subject: 'Herhaalde vraag', message: 'Dit is een bericht dat vaak komt.' };
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await request.post('/api/contact', { data: message, headers: { 'X-Forwarded-For': address } });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201]);
  const limited = await request.post('/api/contact', { data: message, headers: { 'X-Forwarded-For': address, 'Accept-Language': 'nl' } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await limited.json()).error).toMatch(/^Je hebt dit formulier te vaak verstuurd\. Probeer het over \d+ (minuut|minuten) opnieuw\.$/);

  const context = await browser.newContext(asVisitor(address));
  const page = await context.newPage();
  await page.goto('/contact');
  await page.getByLabel('Naam').fill(message.name);
  await page.getByLabel('E-mailadres').fill(message.email);
  await page.getByLabel('Onderwerp').fill(message.subject);
  await page.getByLabel('Bericht').fill(message.message);
  await page.getByRole('button', { name: 'Bericht versturen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Je hebt dit formulier te vaak verstuurd' })).toBeVisible();
  await expect(page.getByLabel('Bericht')).toHaveValue(message.message);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, ...asVisitor() });

  test('shows errors from the server, keeps what was typed, then sends', async ({ page }) => {
    const subject = `Zonder JavaScript ${unique()}`;
    await page.goto('/contact');
    await page.getByLabel('Naam').fill('Joost');
    await page.getByLabel('Onderwerp').fill(subject);
    await page.getByRole('button', { name: 'Bericht versturen' }).click();

    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expect(page.getByLabel('E-mailadres')).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    await expect(page.getByLabel('Naam')).toHaveValue('Joost');
    await expect(page.getByLabel('Onderwerp')).toHaveValue(subject);
    expect(await count('contact_messages', 'subject = $1', [subject])).toBe(0);

    await page.getByLabel('E-mailadres').fill('joost@example.nl');
    await page.getByLabel('Bericht').fill('Ik wil graag meedenken over de leeragenda.');
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt, je bericht is ontvangen' })).toBeVisible();
    expect(await count('contact_messages', 'subject = $1', [subject])).toBe(1);
  });
});

// "Zelf leeraanbod bijdragen" (/aanbod/aanmelden): stored as submitted and not public, Dutch errors
// and nothing stored when invalid, the similar-title warning, no-JS, the 429, axe.
import { expect, test, type Page } from '@playwright/test';
import { collectCspErrors, expectNoAxeViolations } from './support/accessibility';
import { count, query } from './support/database';
import { asVisitor, visitorAddress } from './support/visitor';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function fillValid(page: Page, title: string) {
  await page.getByLabel('Naam van het aanbod').fill(title);
  await page.getByLabel('Korte beschrijving').fill('Buurtbemiddelaars en wijkagenten leren samen van lastige burenruzies.');
  await page.getByLabel('Leervorm').selectOption('intervision-supervision-groups');
  await page.getByRole('group', { name: /Thema’s/ }).getByLabel('Hoe organiseer je een wijkaanpak met slag- en interventiekracht op lange termijn?').check();
  await page.getByRole('group', { name: /^Schaal/ }).getByLabel('Lokaal').check();
  await page.getByRole('group', { name: /Voor wie is het/ }).getByLabel('Wijkprofessionals').check();
  await page.getByLabel('Maximaal aantal deelnemers').fill('12');
  await page.getByLabel('Je naam').fill('Anouk Jansen');
  await page.getByLabel('Je e-mailadres').fill('anouk@example.nl');
}

test.describe('with JavaScript', () => {
  test.use(asVisitor());

  test('stores the proposal as submitted, confirms it, and keeps it out of the public catalogue', async ({ page }) => {
    const title = `Leerkring buurtbemiddeling ${unique()}`;
    await page.goto('/aanbod/aanmelden');
    await fillValid(page, title);
    await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt, we hebben je aanmelding ontvangen' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(title);

    const rows = await query<{ slug: string; status: string; capacity: number }>('SELECT slug, status::text, capacity FROM offerings WHERE title = $1', [title]);
    expect(rows).toEqual([expect.objectContaining({ status: 'submitted', capacity: 12 })]);
    expect(await count('offering_submissions s JOIN offerings o ON o.id = s.offering_id', 'o.title = $1 AND s.submitter_email = $2', [title, 'anouk@example.nl'])).toBe(1);
    expect((await page.request.get(`/api/offerings/${rows[0]!.slug}`)).status()).toBe(404);
    expect(((await (await page.request.get(`/api/offerings?q=${encodeURIComponent(title)}`)).json()) as { total: number }).total).toBe(0);
    expect((await page.goto(`/aanbod/${rows[0]!.slug}`))?.status()).toBe(404);
  });

  test('shows Dutch errors at the fields, moves focus to the first, and stores nothing', async ({ page }) => {
    const before = await count('offerings');
    await page.goto('/aanbod/aanmelden');
    await page.getByLabel('Korte beschrijving').fill('Te kort');
    await page.getByLabel('Je e-mailadres').fill('anouk@');
    await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
    await expect(page.getByLabel('Naam van het aanbod')).toBeFocused();
    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expect(page.locator('#title-error')).toHaveText(/Dit veld is verplicht/);
    await expect(page.locator('#summary-error')).toHaveText(/Vul minstens 10 tekens in/);
    await expect(page.locator('#submitterEmail-error')).toHaveText(/geldig e-mailadres/);
    await expect(page.locator('#themes-group-error')).toHaveText(/Kies minstens één/);
    await expectNoAxeViolations(page);
    expect(await count('offerings')).toBe(before);
  });

  test('warns before sending when a published offering has a very similar title', async ({ page }) => {
    await page.goto('/aanbod/aanmelden');
    await page.getByLabel('Naam van het aanbod').fill('Leefwereldteam Utrecht oost');
    await page.getByLabel('Korte beschrijving').focus();
    const warning = page.getByRole('status').filter({ hasText: 'Er bestaat al aanbod met een vergelijkbare naam' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: 'Leefwereldteam Utrecht' })).toHaveAttribute('href', '/aanbod/leefwereldteam-utrecht');
  });

  test('has no accessibility violations, in Dutch and English', async ({ page }) => {
    const cspErrors = collectCspErrors(page);
    await page.goto('/aanbod/aanmelden');
    await expectNoAxeViolations(page);
    await page.goto('/en/aanbod/aanmelden');
    await expect(page.getByRole('button', { name: 'Add offering' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, ...asVisitor() });

  test('sends the same form to the server action, with Dutch errors when invalid', async ({ page }) => {
    const title = `Werkplaats zonder script ${unique()}`;
    await page.goto('/aanbod/aanmelden');
    await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expect(page.locator('#title-error')).toHaveText(/Dit veld is verplicht/);
    await fillValid(page, title);
    await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt, we hebben je aanmelding ontvangen' })).toBeVisible();
    expect(await count('offerings', "title = $1 AND status = 'submitted'", [title])).toBe(1);
  });
});

test('answers 429 with a readable message after too many proposals from one address', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': visitorAddress(), 'Accept-Language': 'nl' } });
  const proposal = (n: number) => ({
    title: `Spamtest aanbod ${unique()} ${n}`,
    summary: 'Een voorstel om de limiet per adres te testen.',
    themes: ['integrated-working'],
    learningForm: 'community-of-practice',
    scales: ['local'],
    targetGroups: ['professionals'],
    openToJoin: true,
    submitterName: 'Test Persoon',
    submitterEmail: 'test@example.nl',
  });
  const statuses: number[] = [];
  for (let n = 0; n < 6; n++) statuses.push((await api.post('/api/offering-submissions', { data: proposal(n) })).status());
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  const response = await api.post('/api/offering-submissions', { data: proposal(7) });
  expect(response.status()).toBe(429);
  expect(response.headers()['retry-after']).toMatch(/^\d+$/);
  expect(((await response.json()) as { error: string }).error).toMatch(/te vaak verstuurd/);
  await api.dispose();
});

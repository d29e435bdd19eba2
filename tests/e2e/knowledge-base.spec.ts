// The knowledge base in a real browser: a visitor proposes a knowledge product with a PDF (a page
// renamed to .pdf is refused first), the coordination team publishes it from the inbox and links it
// to the network it came from, and then it is found by a search with a typo, shown on its theme on
// /leeragenda and on the offering's page, and its PDF downloads safely. The same form works without
// JavaScript. axe on every new page.
import { randomBytes } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, PASSWORD } from './support/team';
import { asVisitor } from './support/visitor';

// Server actions, password hashing and uploads can take a while on a busy machine: wait for what the
// page shows, longer than the default.
const expect = baseExpect.configure({ timeout: 45_000 });

const unique = () => randomBytes(3).toString('hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

async function fillProposal(page: Page, title: string) {
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Soort').selectOption({ label: 'Praktijkvoorbeeld' });
  await page.getByLabel('Samenvatting').fill('Hoe een buurtkamer bewoners en wijkprofessionals samenbracht rond armoede en eenzaamheid.');
  await page.getByRole('checkbox', { name: 'Armoede', exact: true }).check();
  await page.getByLabel('Wat was het probleem?').fill('Bewoners met geldzorgen kwamen niet bij het wijkteam.');
  await page.getByLabel('Je naam').fill('Noor Jansen');
  await page.getByLabel('Je e-mailadres').fill(`noor-${unique()}@example.nl`);
}

test.describe('with JavaScript', () => {
  test.use(asVisitor());

  test('propose with a PDF → publish in /beheer → found by a typo, on its theme and on its offering', async ({ page, browser, request }) => {
    // Many pages, two sessions and axe on each: more than the default minute on a busy machine.
    test.setTimeout(360_000);
    const word = `buurtkamer${unique().replace(/\d/g, 'x')}`;
    const title = `Praktijkvoorbeeld ${word} Zwolle`;
    await page.goto('/kennisbank/voorstellen');
    await expect(page.getByRole('heading', { level: 1, name: 'Een kennisproduct voorstellen' })).toBeVisible();
    await expectNoAxeViolations(page);

    // An HTML page renamed to .pdf is refused by its content, with the field named.
    await fillProposal(page, title);
    await page.getByLabel('Pdf-bestand').setInputFiles({ name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><title>x</title><script>alert(1)</script>') });
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByText('Dit bestand is geen pdf. Kies een pdf-bestand.').first()).toBeVisible();
    expect(await query('SELECT 1 FROM knowledge_products WHERE title = $1', [title])).toHaveLength(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Pdf-bestand').setInputFiles({ name: 'Verslag buurtkamer.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt voor je voorstel' })).toBeVisible();
    const stored = await query<{ id: string; status: string; file_size: number }>('SELECT id, status::text, file_size FROM knowledge_products WHERE title = $1', [title]);
    expect(stored).toEqual([{ id: expect.any(String), status: 'submitted', file_size: PDF.length }]);

    // The team publishes it from the inbox and links it to the network it came from.
    const offering = (await query<{ slug: string; title: string }>(`SELECT slug, title FROM offerings WHERE status = 'published' AND 'poverty' = ANY(themes) ORDER BY slug LIMIT 1`))[0]!;
    const teamContext = await browser.newContext(asVisitor());
    const team = await teamContext.newPage();
    const member = await createMember('coordinator');
    await team.goto('/beheer/inloggen');
    await team.getByLabel('E-mailadres').fill(member.email);
    await team.getByLabel('Wachtwoord').fill(PASSWORD);
    await team.getByRole('button', { name: 'Inloggen' }).click();
    await expect(team.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
    await team.goto('/beheer?reset=1');
    await team.getByLabel('Zoeken in titel, naam en e-mail').fill(title);
    await team.getByRole('button', { name: 'Filters toepassen' }).click();
    await team.getByRole('link', { name: title }).click();
    await expect(team.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(team);
    await team.getByRole('button', { name: 'Publiceren in de kennisbank' }).click();
    await expect(team.getByText('Gepubliceerd. Het staat nu in de kennisbank.')).toBeVisible();

    await team.goto('/beheer/kennisbank');
    await expectNoAxeViolations(team);
    await team.getByRole('link', { name: title }).click();
    await expect(team.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await team.getByLabel('Uit deze netwerken (aanbod)').selectOption({ label: offering.title });
    await team.getByRole('button', { name: 'Opslaan' }).click();
    await expect(team.getByText('Opgeslagen.')).toBeVisible();
    await expectNoAxeViolations(team);

    // Connecting networks: the team connects the offering with another, with a reason.
    const other = (await query<{ title: string }>(`SELECT title FROM offerings WHERE status = 'published' AND slug <> $1 ORDER BY slug LIMIT 1`, [offering.slug]))[0]!;
    const offeringId = (await query<{ id: string }>('SELECT id FROM offerings WHERE slug = $1', [offering.slug]))[0]!.id;
    await team.goto(`/beheer/aanbod/${offeringId}`);
    await team.getByLabel('Verbinden met').selectOption({ label: other.title });
    await team.getByLabel('Reden').selectOption({ label: 'Kennispartner' });
    await team.getByRole('button', { name: 'Verbinding toevoegen' }).click();
    await expect(team.getByRole('region', { name: 'Verbindingen met andere netwerken' }).getByRole('link', { name: other.title })).toBeVisible();
    await expectNoAxeViolations(team);
    await team.goto('/beheer/lacunes');
    await expect(team.getByRole('heading', { name: 'Hoe het leren georganiseerd is, per thema' })).toBeVisible();
    await expectNoAxeViolations(team);
    await teamContext.close();

    // Found by a search with a typo (one letter left out).
    await page.goto(`/kennisbank?q=${word.slice(0, 4)}${word.slice(5)}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wat was het probleem?' })).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'CreativeWork', name: title });
    await expectNoAxeViolations(page);

    // The PDF downloads as a PDF, never rendered as a page of the site.
    const href = await page.getByRole('link', { name: /Download de pdf/ }).getAttribute('href');
    const file = await request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
    expect(file.headers()['content-disposition']).toContain('attachment');
    expect(file.headers()['content-security-policy']).toContain('sandbox');
    expect(Buffer.from(await file.body())).toEqual(PDF);

    // On its theme in the learning agenda, and on the offering it came from.
    await page.goto('/leeragenda');
    await expect(page.locator('#poverty').getByRole('link', { name: title })).toBeVisible();
    await page.goto(`/aanbod/${offering.slug}`);
    await expect(page.getByRole('region', { name: 'Kennis uit en over dit netwerk' }).getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Verbonden netwerken' }).getByText('Kennispartner')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, ...asVisitor() });

  test('the proposal form posts its PDF and says what is missing', async ({ page }) => {
    test.setTimeout(120_000);
    const title = `Opbrengst wijkavond ${unique()}`;
    await page.goto('/kennisbank/voorstellen');
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByRole('link', { name: 'Vul minstens 10 tekens in.' }).or(page.getByText('Dit veld is verplicht.').first()).first()).toBeVisible();
    await expect(page.getByLabel('Titel')).toHaveValue(title);
    await fillProposal(page, title);
    await page.getByLabel('Pdf-bestand').setInputFiles({ name: 'wijkavond.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt voor je voorstel' })).toBeVisible();
    const stored = await query<{ file_size: number }>('SELECT file_size FROM knowledge_products WHERE title = $1', [title]);
    expect(stored).toEqual([{ file_size: PDF.length }]);
  });
});

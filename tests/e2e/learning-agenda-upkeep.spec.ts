// The coordination team keeps the learning agenda and the catalogue current, and the visitor sees
// it at once: a theme added in /beheer/leeragenda appears in the /aanbod filter, /api/themes and the
// learning question form (and goes when retired); an unverified example network says so until a team
// member marks it verified in the upkeep view; /over; and the instrument check before the wizard,
// with and without JavaScript. axe on every new page.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, signIn } from './support/team';
import { asVisitor, visitorAddress } from './support/visitor';

test.use(asVisitor());

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

test('a team member adds a theme; it is at once in the catalogue filter, the API and the learning question form; retired, it goes', async ({ page, browser }) => {
  const member = await createMember('coordinator');
  const key = unique();
  const id = `eenzaamheid-${key}`;
  const name = `Eenzaamheid in de wijk ${key}`;
  await signIn(page, member);
  await page.goto('/beheer/leeragenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Leeragenda bijhouden' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Korte naam (voor links en de API)').fill(id);
  await page.getByLabel('Naam (Nederlands)').fill(name);
  await page.getByLabel('Naam (Engels)').fill(`Loneliness in the neighbourhood ${key}`);
  await page.getByLabel('Beschrijving (Nederlands)').fill('Hoe bewoners en professionals samen eenzaamheid in de buurt opmerken en doorbreken.');
  await page.getByLabel('Beschrijving (Engels)').fill('How residents and professionals notice and break loneliness in the neighbourhood together.');
  await page.getByLabel('Groep in het formulier voor leervragen').selectOption({ label: 'Sociaal domein' });
  await page.getByRole('checkbox', { name: 'Dit thema is een lacune' }).check();
  await page.getByLabel('Waarom is dit een lacune? (Nederlands)').fill('Veel gemeenten vragen ernaar, maar er is nog nauwelijks aanbod.');
  await page.getByRole('button', { name: 'Thema toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Het thema is toegevoegd.')).toBeVisible();
  await expectNoAxeViolations(page);
  const audit = await query<{ action: string }>(`SELECT action FROM audit_events WHERE item_type = 'theme' AND item_id = $1`, [id]);
  expect(audit.map((row) => row.action)).toEqual(['theme.added']);

  // Without a restart: the catalogue filter, the API and the learning question form have it.
  await page.goto('/aanbod');
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name} \\(0\\)$`) })).toBeVisible();
  const api = (await (await page.request.get('/api/themes')).json()) as { items: { id: string; isGapTheme: boolean }[] };
  expect(api.items.find((item) => item.id === id)).toMatchObject({ isGapTheme: true });
  await page.goto('/leeragenda');
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Waarom een lacune: Veel gemeenten vragen ernaar, maar er is nog nauwelijks aanbod.')).toBeVisible();

  const noScript = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': visitorAddress() } });
  const form = await noScript.newPage();
  await form.goto('/leervraag');
  await expect(form.getByRole('checkbox', { name })).toBeVisible();

  // Retired: no longer offered, but the agenda page of the team still lists it.
  await page.goto(`/beheer/leeragenda/${id}`);
  await page.getByRole('button', { name: 'Thema uitzetten' }).click();
  await expect(page.getByText('Het thema is uitgezet.')).toBeVisible();
  await page.goto('/aanbod');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  await form.goto('/leervraag');
  await expect(form.getByRole('heading', { name: 'Je gegevens' })).toBeVisible();
  await expect(form.getByRole('checkbox', { name })).toHaveCount(0);
  await noScript.close();
});

test('an unverified example network says so and names whom to ask, until the team marks it verified first in the upkeep view', async ({ page }) => {
  const key = unique();
  const slug = `voorbeeldnetwerk-${key}`;
  const title = `Aaa voorbeeldnetwerk buurtbudgetten ${key}`;
  await query(
    `INSERT INTO offerings (slug, title, summary, provider, learning_form_id, themes, scales, target_groups, open_to_join, status, published_at, needs_verification)
     VALUES ($1, $2, 'Bewoners verdelen samen buurtbudgetten in hun wijk.', 'Buurtplatform Zuid', 'community-of-practice', ARRAY['neighbourhood-budgets'], ARRAY['local'], ARRAY['residents'], true, 'published', now(), true)`,
    [slug, title],
  );
  await page.goto(`/aanbod/${slug}`);
  const join = page.getByRole('complementary', { name: 'Meedoen' });
  await expect(join).toContainText('Nog niet nagekeken.');
  await expect(join).toContainText('Vraag eerst na of het netwerk nog bestaat en nieuwe deelnemers zoekt, bij Buurtplatform Zuid.');
  await expect(join).not.toContainText('Je kunt je nog aanmelden.');
  await expectNoAxeViolations(page);

  const member = await createMember('coordinator', `Łukasz Nguyễn ${key}`);
  await signIn(page, member);
  await page.goto('/beheer/aanbod');
  await expectNoAxeViolations(page);
  const firstRow = page.locator('tbody tr').first();
  await expect(firstRow).toContainText(title);
  // The button's name carries the offering's title for screen readers ("Markeer als nagekeken: …").
  const verify = firstRow.getByRole('button', { name: /^Markeer als nagekeken/ });
  await expect(verify).toHaveAccessibleName(new RegExp(`${title}$`));
  await verify.click();
  await expect(page.getByText('Het aanbod is gemarkeerd als nagekeken.')).toBeVisible();
  await expect(page.locator(`tr[data-offering="${slug}"]`)).toContainText(`door Łukasz Nguyễn ${key}`);
  const rows = await query<{ needs_verification: boolean; last_verified_by_id: string }>(`SELECT needs_verification, last_verified_by_id FROM offerings WHERE slug = $1`, [slug]);
  expect(rows[0]).toEqual({ needs_verification: false, last_verified_by_id: member.id });

  await page.goto(`/aanbod/${slug}`);
  await expect(join).toContainText('Je kunt je nog aanmelden.');
  await expect(join).toContainText('Laatst nagekeken op');
  await expect(join).not.toContainText('Nog niet nagekeken');
});

test('/over tells what the learning network is, in Dutch and English, linked from the footer and the home page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Over het leernetwerk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Over het leernetwerk' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zeven uitgangspunten' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="about-principles"] li')).toHaveCount(7);
  await expect(page.locator('[data-function]')).toHaveCount(4);
  await expect(page.locator('[data-function="matchmaking"]')).toContainText('Dit portaal biedt dit');
  await expect(page.locator('[data-function="connect"]')).toContainText('Nog niet uitgewerkt');
  await expect(page.getByRole('link', { name: 'Neem contact op met het coördinatieteam' })).toHaveAttribute('href', '/contact');
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Meer over het leernetwerk' })).toHaveAttribute('href', '/over');
  await page.goto('/en/over');
  await expect(page.getByRole('heading', { level: 1, name: 'About the learning network' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('the instrument check', () => {
  test('before the wizard: a goal that needs a project group says so with reasons, and the way on stays open', async ({ page }) => {
    await page.goto('/leernetwerk-opzetten');
    await page.getByText('Is een leernetwerk het juiste middel?', { exact: true }).click();
    await expectNoAxeViolations(page);
    const conditions = page.getByRole('group', { name: 'Je vraagstuk' });
    await conditions.getByRole('group', { name: 'Heeft het vraagstuk meerdere oorzaken?' }).getByRole('radio', { name: 'Ja' }).check();
    await conditions.getByRole('group', { name: 'Pakt iemand anders dit vraagstuk al aan?' }).getByRole('radio', { name: 'Weet ik niet' }).check();
    await page.getByRole('radio', { name: 'Iets maken waarvan je al precies weet wat eruit moet komen' }).check();
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await expect(page).toHaveURL(/\/leernetwerk-opzetten\/instrumentcheck\?.*goal=knownOutcome/);
    const answer = page.locator('section[aria-labelledby="antwoord"]');
    await expect(answer).toContainText('Een projectgroep past waarschijnlijk beter dan een leernetwerk.');
    await expect(answer).toContainText('Als je al precies weet wat eruit moet komen, past een projectgroep.');
    await expect(answer).toContainText('Het vraagstuk heeft meerdere oorzaken.');
    await expect(answer.getByRole('link', { name: 'Zoek in het aanbod' })).toHaveAttribute('href', '/aanbod');
    await expect(answer.getByRole('link', { name: 'Verder met het stappenplan' })).toHaveAttribute('href', '/leernetwerk-opzetten#routes');
    // The answers stay chosen in the form below the answer.
    await expect(page.getByRole('radio', { name: 'Iets maken waarvan je al precies weet wat eruit moet komen' })).toBeChecked();
    await expectNoAxeViolations(page);
  });

  test('without JavaScript, from a new-network question: a learning network fits, and the wizard starts from the question', async ({ browser, page }) => {
    const response = await page.request.post('/api/learning-questions', {
      data: {
        question: 'Hoe integreren statushouders en inwoners met een rugzakje beter in de wijk?',
        themes: ['integration-status-holders'],
        targetGroups: ['policy-makers', 'professionals', 'residents'],
        scale: 'regional',
        province: 'gelderland',
        learningGoal: 'reflection',
        contactName: 'Ayşe Çelik',
        contactEmail: 'ayse@example.nl',
        consentContact: true,
      },
      headers: { 'X-Forwarded-For': visitorAddress() },
    });
    expect(response.status()).toBe(201);
    const path = ((await response.json()) as { path: string }).path;
    const token = path.split('/').pop()!;

    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'X-Forwarded-For': visitorAddress() } });
    const noScript = await context.newPage();
    await noScript.goto(path);
    await expect(noScript.getByRole('heading', { name: 'Ons advies: Een nieuw leernetwerk opzetten' })).toBeVisible();
    await noScript.getByText('Is een leernetwerk het juiste middel?', { exact: true }).click();
    for (const question of ['Heeft het vraagstuk meerdere oorzaken?', 'Hangen oorzaken en gevolgen met elkaar samen?', 'Zijn er veel partijen bij betrokken, met verschillende perspectieven en belangen?', 'Is er een aanpak vanuit meerdere vakgebieden nodig om oplossingen te vinden?']) {
      await noScript.getByRole('group', { name: question }).getByRole('radio', { name: 'Ja' }).check();
    }
    await noScript.getByRole('group', { name: 'Pakt iemand anders dit vraagstuk al aan?' }).getByRole('radio', { name: 'Nee' }).check();
    await noScript.getByRole('radio', { name: 'Samen leren en vernieuwen bij een ingewikkeld vraagstuk dat je van meerdere kanten kunt bekijken' }).check();
    await noScript.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    const answer = noScript.locator('section[aria-labelledby="antwoord"]');
    await expect(answer).toContainText('Een leernetwerk past bij je vraagstuk.');
    await expect(answer).toContainText('Niemand anders pakt dit vraagstuk al aan.');
    await expect(answer.getByRole('link', { name: 'Verder met het stappenplan' })).toHaveAttribute('href', `/leernetwerk-opzetten/nieuw?leervraag=${token}`);
    await context.close();

    // The same answer page with JavaScript, scanned by axe.
    await page.goto(`/leernetwerk-opzetten/instrumentcheck?multipleCauses=yes&intertwined=yes&manyParties=yes&interdisciplinary=yes&othersOnIt=no&goal=learnAndInnovate&leervraag=${token}`);
    await expect(page.locator('section[aria-labelledby="antwoord"]')).toContainText('Een leernetwerk past bij je vraagstuk.');
    await expectNoAxeViolations(page);
    await page.goto('/en/leernetwerk-opzetten/instrumentcheck?goal=addKnowledge');
    await expect(page.locator('section[aria-labelledby="antwoord"]')).toContainText('A refresher course or training probably fits better than a learning network.');
    await expectNoAxeViolations(page);
  });
});

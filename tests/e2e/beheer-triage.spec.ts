// The coordination team's day in the dashboard, in a real browser: sign in, triage a learning
// question end to end, publish and reject offering submissions, a refused concurrent edit, the
// outbox, and axe on every dashboard page.
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, enrolSecondFactor, PASSWORD, signIn } from './support/team';
import { asVisitor } from './support/visitor';

test.use(asVisitor());

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;

async function insertQuestion(text: string): Promise<string> {
  const rows = await query<{ id: string }>(
    `INSERT INTO learning_questions (token, question, themes, target_groups, scale, province, contact_name, contact_email, consent_contact, verdict)
     VALUES ($1, $2, ARRAY['poverty'], ARRAY['professionals'], 'local', 'utrecht', 'Sanne de Vries', $3, true, 'join-existing') RETURNING id`,
    [unique(), text, `sanne-${unique()}@gemeente.example.nl`],
  );
  const id = rows[0]!.id;
  const offerings = await query<{ id: string }>(`SELECT id FROM offerings WHERE status = 'published' ORDER BY slug LIMIT 2`);
  for (const [index, offering] of offerings.entries()) {
    await query(`INSERT INTO match_results (learning_question_id, offering_id, rank, score, checks) VALUES ($1, $2, $3, $4, '[]')`, [id, offering.id, index + 1, 0.9 - index * 0.1]);
  }
  return id;
}

async function insertSubmission(title: string): Promise<string> {
  const offering = await query<{ id: string }>(
    `INSERT INTO offerings (slug, title, summary, learning_form_id, themes, scales, target_groups, open_to_join, status)
     VALUES ($1, $2, 'Professionals leren samen signalen van ondermijning herkennen.', 'community-of-practice', ARRAY['poverty'], ARRAY['regional'], ARRAY['professionals'], true, 'submitted') RETURNING id`,
    [`voorstel-${unique()}`, title],
  );
  const rows = await query<{ id: string }>(
    `INSERT INTO offering_submissions (offering_id, submitter_name, submitter_email) VALUES ($1, 'Joost Smit', $2) RETURNING id`,
    [offering[0]!.id, `joost-${unique()}@example.nl`],
  );
  return rows[0]!.id;
}

async function openItem(page: Page, title: string) {
  await page.goto('/beheer?reset=1');
  await page.getByLabel('Zoeken in titel, naam en e-mail').fill(title);
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('sign-in says plainly when the password is wrong, and works with the keyboard alone', async ({ page }) => {
  const member = await createMember('coordinator');
  await page.goto('/beheer');
  await expect(page).toHaveURL(/\/beheer\/inloggen$/);
  await expectNoAxeViolations(page);
  await page.getByLabel('E-mailadres').fill(member.email);
  await page.getByLabel('Wachtwoord').fill('niet het goede wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a learning question is triaged end to end', async ({ page }) => {
  const member = await createMember('coordinator', `Anna ${unique()}`);
  const title = `Hoe bereiken we ouderen in de wijk ${unique()}?`;
  const id = await insertQuestion(title);
  await signIn(page, member);
  await openItem(page, title);
  await expectNoAxeViolations(page);

  await page.getByLabel('Toegewezen aan').selectOption({ label: member.name });
  await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

  await page.getByLabel('Nieuwe status').selectOption({ label: 'In behandeling' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByTestId('current-status')).toHaveText('In behandeling');

  await page.getByLabel('Nieuwe notitie (alleen zichtbaar voor het team)').fill('Eerst navragen bij de gemeente.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByText('Eerst navragen bij de gemeente.')).toBeVisible();

  // Curate: add an offering, move it to the top, remove the engine's second match.
  const matchRows = page.locator('tr[data-match]');
  await expect(matchRows).toHaveCount(2);
  const added = await page.getByLabel('Kies aanbod').locator('option').first().textContent();
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(matchRows).toHaveCount(3);
  await page.getByRole('button', { name: `Omhoog: ${added}` }).click();
  await expect(matchRows.nth(1)).toContainText(added!);
  await page.getByRole('button', { name: `Omhoog: ${added}` }).click();
  await expect(matchRows.first()).toContainText(added!);
  const removed = await matchRows.nth(2).locator('td').nth(1).textContent();
  await page.getByRole('button', { name: `Verwijderen: ${removed}` }).click();
  await expect(matchRows).toHaveCount(2);

  await page.getByLabel('Je reactie').fill('Dank voor je vraag. Deze leernetwerken passen bij wat je zoekt.');
  await page.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(page.getByText(/Reactie verstuurd op/)).toBeVisible();
  await page.getByLabel('Nieuwe status').selectOption({ label: 'Passend aanbod gevonden' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByTestId('current-status')).toHaveText('Passend aanbod gevonden');

  // The timeline has every step, with before and after.
  const timeline = page.locator('.ww-timeline');
  for (const text of ['Toegewezen', 'toegewezen aan: leeg → ' + member.name, 'status: Nieuw → In behandeling', 'Eerst navragen bij de gemeente.', 'Matches aangepast', 'Reactie verstuurd', 'status: In behandeling → Passend aanbod gevonden']) {
    await expect(timeline).toContainText(text);
  }
  await expectNoAxeViolations(page);

  // The response is in the outbox, with the curated match first.
  await page.getByRole('link', { name: 'Uitgaande e-mail' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Reactie op je leervraag' }).first().click();
  await expect(page.getByTestId('email-text')).toContainText('Deze leernetwerken passen bij wat je zoekt.');
  await expect(page.getByTestId('email-text')).toContainText(added!);
  await expectNoAxeViolations(page);
  const stored = await query<{ status: string; response_text: string }>('SELECT status::text, response_text FROM learning_questions WHERE id = $1', [id]);
  expect(stored[0]).toEqual({ status: 'matched', response_text: 'Dank voor je vraag. Deze leernetwerken passen bij wat je zoekt.' });
});

test('two askers with the same learning need who both consented are linked, on both timelines', async ({ page }) => {
  const member = await createMember('coordinator');
  const insert = async (text: string, province: string) => {
    const rows = await query<{ id: string }>(
      `INSERT INTO learning_questions (token, question, themes, target_groups, scale, province, contact_name, contact_email, consent_contact, consent_connect, verdict)
       VALUES ($1, $2, ARRAY['trust-and-connection-in-the-neighbourhood'], ARRAY['residents'], 'local', $3, 'Fatima El Idrissi', $4, true, true, 'new-network') RETURNING id`,
      [unique(), text, province, `fatima-${unique()}@example.nl`],
    );
    return rows[0]!.id;
  };
  const first = `Hoe bereiken we eenzame ouderen met buurtbewoners samen ${unique()}`;
  await insert(first, 'groningen');
  const otherId = await insert(`Hoe vinden we samen met buurtbewoners eenzame ouderen ${unique()}`, 'zeeland');
  await signIn(page, member);
  await openItem(page, first);

  const suggestions = page.getByRole('list', { name: 'Vergelijkbare leervragen om te koppelen' });
  const suggestion = suggestions.locator(`[data-similar-question="${otherId}"]`);
  await expect(suggestion).toContainText('Zeeland');
  await expect(suggestion).not.toContainText('Fatima');
  await expectNoAxeViolations(page);
  await suggestion.getByRole('button', { name: 'Koppelen' }).click();

  const linked = page.getByRole('list', { name: 'Gekoppelde leervragen' });
  await expect(linked.locator(`[data-linked-question="${otherId}"]`)).toBeVisible();
  await expect(page.getByText('Leervraag gekoppeld')).toBeVisible();
  await linked.getByRole('link').first().click();
  await expect(page.getByRole('list', { name: 'Gekoppelde leervragen' }).getByRole('link', { name: first })).toBeVisible();
  await expect(page.getByText('Leervraag gekoppeld')).toBeVisible();
});

test('an offering submission is published, another rejected with a reason', async ({ page }) => {
  const member = await createMember('coordinator');
  const good = `Leerkring buurtpreventie ${unique()}`;
  const bad = `Reclame voor een cursus ${unique()}`;
  await insertSubmission(good);
  const badId = await insertSubmission(bad);
  await signIn(page, member);

  await openItem(page, good);
  await page.getByRole('button', { name: 'Publiceren bij het aanbod' }).first().click();
  await expect(page.getByText('Gepubliceerd. Het staat nu bij het aanbod.')).toBeVisible();
  await expect(page.getByTestId('current-status')).toHaveText('Afgerond');
  const published = await query<{ status: string }>('SELECT status::text FROM offerings WHERE title = $1', [good]);
  expect(published[0]!.status).toBe('published');
  // …and residents find it in the public catalogue.
  await page.goto(`/aanbod?q=${encodeURIComponent(good)}`);
  await page.getByRole('link', { name: good }).click();
  await expect(page.getByRole('heading', { level: 1, name: good })).toBeVisible();

  await openItem(page, bad);
  await page.getByLabel('Nieuwe status').selectOption({ label: 'Afgewezen' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Geef een reden van ten minste 3 tekens.' })).toBeVisible();
  await page.getByLabel('Nieuwe status').selectOption({ label: 'Afgewezen' });
  await page.getByLabel('Reden').fill('Dit is geen leeraanbod maar een betaalde cursus.');
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByTestId('current-status')).toHaveText('Afgewezen');
  const mails = await query<{ text: string }>(`SELECT text FROM outbound_emails WHERE item_id = $1 AND template = 'item-rejected'`, [badId]);
  expect(mails[0]!.text).toContain('Dit is geen leeraanbod maar een betaalde cursus.');
});

test('two coordinators editing the same item: the second save is refused with the fresh version', async ({ browser }) => {
  const [anna, bram] = [await createMember('coordinator', `Anna ${unique()}`), await createMember('coordinator', `Bram ${unique()}`)];
  const title = `Hoe voorkomen we polarisatie ${unique()}?`;
  await insertQuestion(title);
  const first = await (await browser.newContext(asVisitor())).newPage();
  const second = await (await browser.newContext(asVisitor())).newPage();
  await signIn(first, anna);
  await signIn(second, bram);
  await openItem(first, title);
  await openItem(second, title);

  await first.getByLabel('Nieuwe status').selectOption({ label: 'In behandeling' });
  await first.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(first.getByTestId('current-status')).toHaveText('In behandeling');

  await second.getByLabel('Toegewezen aan').selectOption({ label: bram.name });
  await second.getByRole('button', { name: 'Toewijzing opslaan' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit item net gewijzigd' })).toBeVisible();
  await expect(second.getByTestId('current-status')).toHaveText('In behandeling');
  await expect(second.getByLabel('Toegewezen aan')).toHaveValue('');
  await expectNoAxeViolations(second);
});

test('the inbox filters, remembers them, pages with next/previous, and updates items in bulk', async ({ page }) => {
  const member = await createMember('coordinator');
  const marker = unique();
  const titles = [1, 2, 3].map((n) => `Bulkvraag ${marker} nummer ${n}`);
  for (const title of titles) await insertQuestion(title);
  await signIn(page, member);
  await page.goto('/beheer?reset=1');
  await page.getByLabel('Zoeken in titel, naam en e-mail').fill(`Bulkvraag ${marker}`);
  await page.getByLabel('Sorteren').selectOption({ label: 'Oudste eerst' });
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await expect(page.getByText('3 items')).toBeVisible();

  // Remembered: the bare /beheer comes back to the same filters.
  await page.goto('/beheer');
  await expect(page).toHaveURL(/q=Bulkvraag/);
  await expect(page.getByText('3 items')).toBeVisible();

  await page.getByRole('link', { name: titles[0]! }).click();
  await expect(page.getByText('Item 1 van 3 in je gefilterde lijst')).toBeVisible();
  await page.getByRole('link', { name: 'Volgende item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titles[1]! })).toBeVisible();
  await page.getByRole('link', { name: 'Vorig item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titles[0]! })).toBeVisible();

  await page.getByRole('link', { name: 'Terug naar de inbox' }).click();
  await page.getByRole('checkbox', { name: `Selecteer ${titles[0]}` }).check();
  await page.getByRole('checkbox', { name: `Selecteer ${titles[2]}` }).check();
  await page.getByLabel('Toewijzen aan').selectOption({ label: member.name });
  await page.getByLabel('Status wijzigen naar').selectOption({ label: 'In behandeling' });
  await page.getByRole('button', { name: 'Geselecteerde items bijwerken' }).click();
  await expect(page.getByText('2 items bijgewerkt.')).toBeVisible();
  const rows = await query<{ question: string; status: string; assignee_id: string | null }>(
    'SELECT question, status::text, assignee_id FROM learning_questions WHERE question LIKE $1 ORDER BY question',
    [`Bulkvraag ${marker}%`],
  );
  expect(rows.map((row) => [row.status, row.assignee_id])).toEqual([['in_progress', member.id], ['new', null], ['in_progress', member.id]]);

  const csv = await page.request.get(`/api/beheer/inbox/export?q=${encodeURIComponent(`Bulkvraag ${marker}`)}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\n').filter(Boolean)).toHaveLength(4);
  await expectNoAxeViolations(page);
});

test('account and team pages: axe, sign out everywhere, and a deactivated member is signed out', async ({ page, browser }) => {
  const admin = await createMember('admin');
  const coordinator = await createMember('coordinator');
  await signIn(page, admin);
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
  await expect(page.getByRole('img', { name: 'QR-code om de tweede stap in te stellen' })).toBeVisible();
  await expectNoAxeViolations(page);

  const other = await (await browser.newContext(asVisitor())).newPage();
  await signIn(other, coordinator);
  await page.getByRole('link', { name: 'Teamleden' }).click();
  await expectNoAxeViolations(page);
  await page.locator(`tr[data-user="${coordinator.email}"]`).getByRole('button', { name: 'Deactiveren' }).click();
  await expect(page.locator(`tr[data-user="${coordinator.email}"]`)).toContainText('Gedeactiveerd');
  await other.reload();
  await expect(other).toHaveURL(/\/beheer\/inloggen$/);

  await page.getByRole('link', { name: 'Mijn account' }).click();
  await page.getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(page).toHaveURL(/\/beheer\/inloggen$/);
  await page.goto('/beheer');
  await expect(page).toHaveURL(/\/beheer\/inloggen$/);
});

test('the dashboard in English', async ({ page }) => {
  const member = await createMember('coordinator');
  await page.goto('/en/beheer/inloggen');
  await page.getByLabel('E-mail address').fill(member.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await page.goto('/en/beheer?reset=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('gaps, catalogue upkeep and the outbox pass axe; an offering is edited and archived', async ({ page }) => {
  const member = await createMember('coordinator');
  await signIn(page, member);
  await page.getByRole('link', { name: 'Lacunes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lacunes: vraag tegenover aanbod' })).toBeVisible();
  await expect(page.getByText('lacunethema', { exact: true })).toHaveCount(5);
  await expectNoAxeViolations(page);
  const csv = await page.request.get('/api/beheer/lacunes/export');
  expect(csv.headers()['content-type']).toContain('text/csv');

  // One offering last reviewed more than twelve months ago.
  const stale = await query<{ slug: string; title: string }>(
    `UPDATE offerings SET last_reviewed_at = now() - interval '400 days'
      WHERE id = (SELECT id FROM offerings WHERE status = 'published' AND last_reviewed_at > now() - interval '1 day' ORDER BY slug DESC LIMIT 1)
      RETURNING slug, title`,
  );
  const title = stale[0]!.title;
  await page.getByRole('link', { name: 'Aanbod bijhouden' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Na te kijken', exact: true }).click();
  await expectNoAxeViolations(page);
  await page.locator(`tr[data-offering="${stale[0]!.slug}"] a`).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Titel').fill(`${title} (nagekeken)`);
  await page.getByRole('button', { name: 'Opslaan en als nagekeken markeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (nagekeken)` })).toBeVisible();
  await page.getByRole('button', { name: "Archiveren (van de openbare pagina's halen)" }).click();
  await expect(page.getByText('Gearchiveerd. Het staat niet meer bij het openbare aanbod.')).toBeVisible();
  const rows = await query<{ status: string }>('SELECT status::text FROM offerings WHERE title = $1', [`${title} (nagekeken)`]);
  expect(rows[0]!.status).toBe('archived');

  await page.getByRole('link', { name: 'Uitgaande e-mail' }).click();
  await expect(page.getByText('Er is geen SMTP-server ingesteld')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a visitor follows a catalogue search: confirmation e-mail, confirm and unsubscribe with a button', async ({ page }) => {
  const email = `volger-${unique()}@example.nl`;
  await page.goto('/aanbod?theme=poverty&province=utrecht');
  await page.getByRole('link', { name: /Volg deze zoekopdracht/ }).click();
  await expect(page).toHaveURL(/\/aanbod\/volgen\?theme=poverty&province=utrecht$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze zoekopdracht volgen' })).toBeVisible();
  await expect(page.getByText('Utrecht')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Je e-mailadres').fill('geen-adres');
  await page.getByRole('button', { name: 'Volgen' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')).toBeVisible();
  await expect(page.getByLabel('Je e-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByRole('button', { name: 'Volgen' }).click();
  await expect(page.getByText('Bijna klaar')).toBeVisible();
  const rows = await query<{ text: string }>(`SELECT text FROM outbound_emails WHERE "to" = $1 AND template = 'following-confirm'`, [email]);
  const confirm = /(\/aanbod\/volgen\/bevestigen\/[\w-]+)/.exec(rows[0]!.text)![1]!;
  const unsubscribe = /(\/aanbod\/volgen\/afmelden\/[\w-]+)/.exec(rows[0]!.text)![1]!;
  // Opening a link changes nothing (mail scanners open links); the button on the page does.
  await page.goto(confirm);
  const confirmButton = page.getByRole('button', { name: 'Ja, ik wil deze zoekopdracht volgen' });
  await expect(confirmButton).toBeVisible();
  await expectNoAxeViolations(page);
  const opened = await query<{ confirmed_at: Date | null }>('SELECT confirmed_at FROM search_subscriptions WHERE email = $1', [email]);
  expect(opened[0]!.confirmed_at).toBeNull();
  await confirmButton.click();
  await expect(page.getByText('Bevestigd.')).toBeVisible();
  await expectNoAxeViolations(page);
  const subscription = await query<{ filters: unknown; confirmed_at: Date | null }>('SELECT filters, confirmed_at FROM search_subscriptions WHERE email = $1', [email]);
  expect(subscription[0]!.confirmed_at).not.toBeNull();
  expect(subscription[0]!.filters).toMatchObject({ theme: ['poverty'], province: ['utrecht'] });
  await page.goto(unsubscribe);
  const unsubscribeButton = page.getByRole('button', { name: 'Afmelden' });
  await expect(unsubscribeButton).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await query('SELECT 1 FROM search_subscriptions WHERE email = $1', [email])).toHaveLength(1);
  await unsubscribeButton.click();
  await expect(page.getByText('Je bent afgemeld.')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await query('SELECT 1 FROM search_subscriptions WHERE email = $1', [email])).toHaveLength(0);
});

test('triage works with the keyboard alone', async ({ page }) => {
  const member = await createMember('coordinator');
  const title = `Toetsenbordvraag ${unique()}`;
  await insertQuestion(title);
  await signIn(page, member);
  await page.goto('/beheer?reset=1');
  // Search field → type → Enter submits the filter form.
  await page.getByLabel('Zoeken in titel, naam en e-mail').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();
  // The item link is reachable with Tab and opens with Enter.
  const link = page.getByRole('link', { name: title });
  for (let step = 0; step < 40 && !(await link.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Choose the new status with the arrow keys, Tab past the reason to the button, press Enter.
  await page.getByLabel('Nieuwe status').focus();
  await expect(page.getByLabel('Nieuwe status')).toHaveValue('in_progress');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Reden')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Status opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-status')).toHaveText('In behandeling');
});

test('second factor: enrol, then required at sign-in; too many failures give a readable message', async ({ page, browser }) => {
  const { generate } = await import('otplib');
  const member = await createMember('coordinator');
  await signIn(page, member);
  await page.goto('/beheer/account');
  await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent())!;
  await page.getByLabel('Code uit je authenticator-app').fill('000000');
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'De code klopt niet.' })).toBeVisible();
  await page.getByLabel('Code uit je authenticator-app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByText('De tweede stap staat nu aan.')).toBeVisible();

  const other = await (await browser.newContext(asVisitor())).newPage();
  await other.goto('/beheer/inloggen');
  await other.getByLabel('E-mailadres').fill(member.email);
  await other.getByLabel('Wachtwoord').fill(PASSWORD);
  await other.getByRole('button', { name: 'Inloggen' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Vul ook de code uit je authenticator-app in.' })).toBeVisible();
  await other.getByLabel('Code uit je authenticator-app').fill(await generate({ secret }));
  await other.getByRole('button', { name: 'Inloggen' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

  // Five wrong passwords for one account: then even the right one is refused, with a sentence.
  const target = await createMember('coordinator');
  const third = await (await browser.newContext(asVisitor())).newPage();
  await third.goto('/beheer/inloggen');
  await third.getByLabel('E-mailadres').fill(target.email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await third.getByLabel('Wachtwoord').fill(`fout-${attempt}`);
    await third.getByRole('button', { name: 'Inloggen' }).click();
    await expect(third.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' })).toBeVisible();
  }
  await third.getByLabel('Wachtwoord').fill(PASSWORD);
  await third.getByRole('button', { name: 'Inloggen' }).click();
  await expect(third.getByRole('alert').filter({ hasText: 'Te veel mislukte pogingen. Wacht even' })).toBeVisible();
});

test('when an admin requires a second factor, a member without one can only enrol', async ({ page, browser }) => {
  const admin = await createMember('admin');
  const member = await createMember('coordinator');
  await signIn(page, admin);
  // The admin enrols first: the requirement applies to admins too.
  await enrolSecondFactor(page);
  await page.goto('/beheer/gebruikers');
  await page.getByRole('button', { name: 'Verplicht stellen' }).click();
  await expect(page.getByText('Een tweede stap is verplicht voor alle teamleden.')).toBeVisible();
  try {
    const other = await (await browser.newContext(asVisitor())).newPage();
    await other.goto('/beheer/inloggen');
    await other.getByLabel('E-mailadres').fill(member.email);
    await other.getByLabel('Wachtwoord').fill(PASSWORD);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await expect(other).toHaveURL(/\/beheer\/account$/);
    await expect(other.getByText('Een beheerder heeft een tweede stap verplicht gesteld.')).toBeVisible();
    await other.goto('/beheer/outbox');
    await expect(other).toHaveURL(/\/beheer\/account$/);
    await expectNoAxeViolations(other);
    await page.goto('/beheer/gebruikers');
    await page.getByRole('button', { name: 'Niet meer verplicht stellen' }).click();
    await expect(page.getByText('Een tweede stap is niet verplicht.')).toBeVisible();
  } finally {
    // Leave the setting as it was for the other tests, also when an assertion failed.
    await query(`DELETE FROM app_settings WHERE key = 'team'`);
  }
});

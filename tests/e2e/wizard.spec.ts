// The setup wizard (leernetwerk opzetten): both routes by keyboard only with axe on every step,
// saved progress across reloads and browsers, warnings, Dutch errors that store nothing, the PDF,
// a support request, pre-fill from a learning question, and edits from two windows.
import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { count, query } from './support/database';
import { chooseRadio, press, tick, typeInto } from './support/keyboard';
import { pdfText } from './support/pdf-text';
import { createMember, signIn } from './support/team';
import { asVisitor } from './support/visitor';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function planRow(token: string) {
  const rows = await query<{ id: string; answers: Record<string, Record<string, unknown>>; status: string; chosen_form_id: string | null; version: number }>(
    "SELECT id, answers, status, chosen_form_id, version FROM network_plans WHERE token = encode(sha256(convert_to($1, 'UTF8')), 'hex')",
    [token],
  );
  return rows[0];
}

const tokenOf = (page: Page) => /\/plan\/([A-Za-z0-9_-]+)/.exec(page.url())![1]!;

async function startByKeyboard(page: Page, route: 'light' | 'full', email?: string) {
  await page.goto('/leernetwerk-opzetten');
  await expect(page.getByRole('heading', { level: 1, name: 'Een leernetwerk opzetten' })).toBeVisible();
  await press(page, page.getByRole('link', { name: route === 'light' ? 'Start het korte stappenplan' : 'Start het volledige stappenplan' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan starten' })).toBeVisible();
  await expect(page.getByRole('radio', { name: route === 'light' ? /Zelf een leernetwerk opzetten/ : /volledige stappenplan/ })).toBeChecked();
  await expectNoAxeViolations(page);
  if (email) {
    await typeInto(page, page.getByLabel('Je naam'), 'Sanne de Vries');
    await typeInto(page, page.getByLabel('Je e-mailadres'), email);
  }
  await press(page, page.getByRole('button', { name: 'Plan starten' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 1 van/ })).toBeVisible();
}

test.use(asVisitor());

test('the intro offers both routes, in Dutch and English, without accessibility violations', async ({ page }) => {
  await page.goto('/leernetwerk-opzetten');
  await expect(page.getByRole('heading', { level: 2, name: 'Zelf een leernetwerk opzetten' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Het volledige stappenplan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/en/leernetwerk-opzetten');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a learning network' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the light route, by keyboard only, from start to plan', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Buurtkring Kanaleneiland ${unique()}`;
  const email = `sanne-${unique()}@example.nl`;
  await startByKeyboard(page, 'light', email);
  const token = tokenOf(page);
  await expect(page.getByTestId('resume-link')).toHaveText(new URL(`/leernetwerk-opzetten/plan/${token}`, page.url()).toString());
  await expectNoAxeViolations(page);

  await typeInto(page, page.getByLabel(/Naam of werktitel/), title);
  await tick(page, page.getByRole('checkbox').first());
  await typeInto(page, page.getByLabel('Waarom wil je een lerend netwerk vormen?'), 'Bewoners en wijkprofessionals willen samen eenzaamheid aanpakken.');
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText('Tips van het coördinatieteam', { exact: true })).toBeVisible();
  await typeInto(page, page.getByLabel(/Hoeveel deelnemers/), '3');
  // The warning appears while typing, before anything is saved: the light route's own 5 to 20.
  await expect(page.getByTestId('plan-warnings')).toContainText('kleiner dan het advies van 5 tot 20');
  await typeInto(page, page.getByLabel(/Hoeveel deelnemers/), '8');
  await expect(page.getByText(/kleiner dan het advies/)).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  for (const number of [3, 4]) {
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Stap ${number} van 5`) })).toBeVisible();
    await expectNoAxeViolations(page);
    if (number === 4) await typeInto(page, page.getByLabel('Plaats van de eerste bijeenkomst'), 'Buurthuis De Boog');
    await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));
  }
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 5 van 5/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await typeInto(page, page.getByLabel('Hoe ziet het vervolg eruit?'), 'Elke zes weken bij elkaar, daarna evalueren.');
  await press(page, page.getByRole('button', { name: 'Opslaan en plan bekijken' }));

  await expect(page.getByRole('heading', { level: 1, name: 'Plan voor ons leernetwerk' })).toBeVisible();
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.getByText('Buurthuis De Boog')).toBeVisible();
  await expect(page.getByText('Advies: 5 tot 20 deelnemers.')).toBeVisible();
  await expect(page.getByText(/kleiner dan het advies/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const plan = await planRow(token);
  expect(plan).toMatchObject({ status: 'finished' });
  expect(plan!.answers['light-1']).toMatchObject({ title });
  expect(plan!.answers['light-2']).toMatchObject({ groupSize: 8 });
  const mails = await query<{ to: string; template: string; text: string }>('SELECT "to", template, text FROM outbound_emails WHERE item_id = $1', [plan!.id]);
  expect(mails).toEqual([expect.objectContaining({ to: email, template: 'network-plan-resume-link' })]);
  expect(mails[0]!.text).toContain(`/leernetwerk-opzetten/plan/${token}/stap/1`);
});

test('the full route, by keyboard only: warnings, the menukaart chooser, reload, resume elsewhere, PDF', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const title = `Leernetwerk vroegsignalering Zwolle ${unique()}`;
  await startByKeyboard(page, 'full');
  const token = tokenOf(page);
  await expectNoAxeViolations(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Vragen bij deze stap' })).toBeVisible();

  // Step 1 (wat)
  await typeInto(page, page.getByLabel(/Naam of werktitel/), title);
  await chooseRadio(page, page.getByRole('radio', { name: 'Inspiratie opdoen' }).or(page.locator('#learningGoal')).first(), page.locator('#learningGoal-reflection'));
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  // Step 2 (wie): warnings for missing perspectives and an outsized group
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 10: Bepaal WIE en wat je nodig hebt om het beoogde leernetwerk te realiseren en hoe je een aantrekkelijke deelnemersgroep werft$/ })).toBeVisible();
  for (const part of [/^A\. Welke partijen uit welke domeinen/, /^B\. Welke \(organisatorische\) randvoorwaarden/, /^C\. Welke leer- of kennisnetwerken/, /^D\. Welke kennisorganisaties/]) {
    await expect(page.getByRole('heading', { level: 3, name: part })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await tick(page, page.getByRole('checkbox', { name: 'Gemeente' }));
  await typeInto(page, page.getByLabel(/Hoeveel deelnemers/), '35');
  const warnings = page.getByTestId('plan-warnings');
  await expect(warnings).toContainText('groter dan het advies van 12 tot 20');
  await expect(warnings).toContainText('Deze perspectieven ontbreken nog: Organisaties in de wijk, Hogeschool of universiteit, Bewoners');
  await chooseRadio(page, page.locator('#groupComposition'), page.locator('#groupComposition'));
  await expect(warnings).not.toContainText('perspectieven ontbreken');
  // Willen, kunnen, mogen: asked per participant group, warned for the groups ticked above.
  await expect(warnings).toContainText('Gemeente: nog niet bevestigd: Willen, Kunnen, Mogen.');
  const municipality = page.getByRole('group', { name: /^Gemeente: willen, kunnen en mogen zij\?/ });
  for (const condition of [/^Willen/, /^Kunnen/, /^Mogen/]) await tick(page, municipality.getByRole('checkbox', { name: condition }));
  await expect(warnings).not.toContainText('nog niet bevestigd');
  await expectNoAxeViolations(page);
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  // Step 3 (hoe): recommendations from the answers so far; intervision fits reflection among peers
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 3 van 10/ })).toBeVisible();
  const firstForm = page.locator('#chosenFormId');
  await expect(firstForm).toHaveAccessibleName(/Intervisie/);
  await expect(page.locator('#chosenFormId-description')).toContainText('past bij je leerdoel (sterk)');
  await expectNoAxeViolations(page);
  await chooseRadio(page, firstForm, firstForm);
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  // Step 4 (waar): local scale does not suit intervision according to the menukaart
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 4 van 10/ })).toBeVisible();
  await chooseRadio(page, page.locator('#scale'), page.locator('#scale'));
  await expect(warnings).toContainText('past volgens de menukaart bij landelijk, regionaal');
  await expectNoAxeViolations(page);
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));

  // Step 5, then reload in the middle: the saved answers stay
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 5 van 10/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await typeInto(page, page.getByLabel('Aantal begeleiders'), '2');
  await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 6 van 10/ })).toBeVisible();
  await page.reload();
  await press(page, page.getByRole('button', { name: /^Stap 2: Bepaal WIE/ }));
  await expect(page.getByLabel(/Hoeveel deelnemers/)).toHaveValue('35');
  await expect(page.getByRole('checkbox', { name: 'Gemeente' })).toBeChecked();
  await press(page, page.getByRole('button', { name: /Stap 6: / }));

  for (const number of [6, 7, 8, 9]) {
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Stap ${number} van 10`) })).toBeVisible();
    await expectNoAxeViolations(page);
    if (number === 8) {
      // The advised rhythm is the default.
      await expect(page.getByLabel('Looptijd in maanden')).toHaveValue('18');
      await expect(page.getByLabel('Aantal weken tussen bijeenkomsten')).toHaveValue('6');
    }
    await press(page, page.getByRole('button', { name: 'Opslaan en verder' }));
  }
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 10 van 10/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await tick(page, page.getByRole('checkbox', { name: 'Vakbladen' }));
  await press(page, page.getByRole('button', { name: 'Opslaan en plan bekijken' }));

  await expect(page.getByRole('heading', { level: 1, name: 'Plan voor ons leernetwerk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Intervisie/ })).toBeVisible();
  await expect(page.getByText('18 maanden, elke 6 weken een bijeenkomst')).toBeVisible();
  await expectNoAxeViolations(page);
  const plan = await planRow(token);
  expect(plan).toMatchObject({ status: 'finished', chosen_form_id: 'intervision-supervision-groups' });
  expect(plan!.answers['full-8']).toMatchObject({ durationMonths: 18, intervalWeeks: 6 });

  // Resume from the link in a fresh browser context
  const resumeLink = (await page.getByTestId('resume-link').textContent())!;
  const other = await browser.newContext(asVisitor());
  const otherPage = await other.newPage();
  await otherPage.goto(resumeLink);
  await expect(otherPage.getByText(title).first()).toBeVisible();
  await otherPage.goto(`${resumeLink}/stap/2`);
  await expect(otherPage.getByLabel(/Hoeveel deelnemers/)).toHaveValue('35');
  await other.close();

  // The PDF has the plan's title and chosen learning form
  const downloadPromise = page.waitForEvent('download');
  await press(page, page.getByRole('link', { name: 'Download als pdf' }));
  const download = await downloadPromise;
  const pdf = Buffer.from(await (await import('node:fs/promises')).readFile((await download.path())!));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain(title);
  expect(text).toContain('Intervisie');
  expect(text).toContain('Plan voor ons leernetwerk');
});

test('bad input gets a Dutch error at the field, is stored nowhere, and is shown inert', async ({ page }) => {
  await startByKeyboard(page, 'full');
  const token = tokenOf(page);
  const before = await planRow(token);

  await page.getByLabel(/Naam of werktitel/).fill('<script>alert("x")</script>');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByLabel(/Naam of werktitel/)).toBeFocused();
  await expect(page.getByLabel(/Naam of werktitel/)).toHaveAccessibleDescription(/Gebruik geen HTML of scripts in dit veld\./);
  await expect(page.locator('.ww-error-summary')).toContainText('Gebruik geen HTML');
  await expectNoAxeViolations(page);

  await page.getByLabel(/Naam of werktitel/).fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByLabel(/Naam of werktitel/)).toHaveAccessibleDescription(/Gebruik hoogstens 200 tekens\./);

  expect(await planRow(token)).toEqual(before);

  await page.goto(`/leernetwerk-opzetten/plan/${token}/stap/2`);
  await page.getByLabel(/Hoeveel deelnemers/).fill('0');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByLabel(/Hoeveel deelnemers/)).toHaveAccessibleDescription(/Vul een getal van minstens 2 in\./);

  await page.goto(`/leernetwerk-opzetten/plan/${token}/stap/8`);
  await page.getByLabel('Beoogde startdatum').fill('2020-01-01');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByLabel('Beoogde startdatum')).toHaveAccessibleDescription(/Kies een datum vanaf vandaag\./);
  expect(await planRow(token)).toEqual(before);

  // Text with markup characters that is allowed is shown as text, never as markup.
  await page.goto(`/leernetwerk-opzetten/plan/${token}/stap/1`);
  await page.getByLabel(/Naam of werktitel/).fill('Kosten < baten & "meer"');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 10/ })).toBeVisible();
  await page.goto(`/leernetwerk-opzetten/plan/${token}`);
  await expect(page.getByText('Kosten < baten & "meer"').first()).toBeVisible();
});

test('two windows: the second save sees the conflict, keeps what was typed, and can save again', async ({ page, context }) => {
  await startByKeyboard(page, 'light');
  const token = tokenOf(page);
  const second = await context.newPage();
  await second.goto(page.url());
  await page.getByLabel(/Naam of werktitel/).fill('Eerste venster');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();

  await second.getByLabel(/Naam of werktitel/).fill('Tweede venster');
  await second.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(second.getByText('Dit plan is intussen ergens anders aangepast')).toBeVisible();
  await expect(second.getByLabel(/Naam of werktitel/)).toHaveValue('Tweede venster');
  expect((await planRow(token))!.answers['light-1']).toMatchObject({ title: 'Eerste venster' });
  await second.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(second.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();
  expect((await planRow(token))!.answers['light-1']).toMatchObject({ title: 'Tweede venster' });
});

test('a lost connection while saving shows a message, keeps what was typed, and a retry saves', async ({ page }) => {
  await startByKeyboard(page, 'light');
  const token = tokenOf(page);
  await page.route('**/stap/1', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
  await page.getByLabel(/Naam of werktitel/).fill('Netwerk zonder verbinding');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Opslaan is niet gelukt: er is geen verbinding' })).toBeVisible();
  await expect(page.getByLabel(/Naam of werktitel/)).toHaveValue('Netwerk zonder verbinding');
  await page.unroute('**/stap/1');
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();
  expect((await planRow(token))!.answers['light-1']).toMatchObject({ title: 'Netwerk zonder verbinding' });
});

test('closing the window before saving loses nothing typed', async ({ page, context }) => {
  await startByKeyboard(page, 'light');
  const url = page.url();
  await page.getByLabel('Waarom wil je een lerend netwerk vormen?').fill('Nog niet opgeslagen gedachte');
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByText('We hebben antwoorden teruggezet')).toBeVisible();
  await expect(again.getByLabel('Waarom wil je een lerend netwerk vormen?')).toHaveValue('Nog niet opgeslagen gedachte');
  await again.getByLabel(/Naam of werktitel/).fill('Bewaard na herstel');
  await again.getByRole('button', { name: 'Opslaan en verder' }).click();
  await expect(again.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();
  expect((await planRow(tokenOf(again)))!.answers['light-1']).toMatchObject({ why: 'Nog niet opgeslagen gedachte' });
  await again.goto(url);
  await expect(again.getByLabel(/Naam of werktitel/)).toHaveValue('Bewaard na herstel');
  await expect(again.getByText('We hebben antwoorden teruggezet')).toHaveCount(0);
});

test('a running network from the full route goes to the catalogue as a submission in one click', async ({ page }) => {
  await startByKeyboard(page, 'full', `anouk-${unique()}@example.nl`);
  const token = tokenOf(page);
  const title = `Leerkring vroegsignalering ${unique()}`;
  await page.getByLabel(/Naam of werktitel/).fill(title);
  await page.getByRole('checkbox').first().check();
  await page.getByLabel('Gezamenlijke ambitie').fill('Signalen van zorgen eerder oppakken met corporaties en wijkteams.');
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.getByRole('checkbox', { name: 'Wijkprofessionals' }).check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.locator('#chosenFormId').check();
  await page.getByRole('button', { name: 'Opslaan en verder' }).click();
  await page.locator('#scale-regional').check();
  await page.getByRole('button', { name: 'Opslaan en naar het overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan voor ons leernetwerk' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Aanmelden als leeraanbod' }).click();
  await expect(page.getByRole('heading', { name: 'Je aanmelding is ontvangen' })).toBeVisible();
  const plan = await planRow(token);
  const rows = await query<{ status: string; learning_form_id: string }>(
    'SELECT o.status, o.learning_form_id FROM offerings o JOIN offering_submissions s ON s.offering_id = o.id WHERE s.network_plan_id = $1',
    [plan!.id],
  );
  expect(rows).toEqual([{ status: 'submitted', learning_form_id: plan!.chosen_form_id }]);
});

test('a support request from the plan is stored for the coordination team, with audit event and e-mail', async ({ page }) => {
  await startByKeyboard(page, 'light');
  const token = tokenOf(page);
  await page.goto(`/leernetwerk-opzetten/plan/${token}`);
  const email = `joost-${unique()}@example.nl`;
  await page.getByRole('button', { name: 'Hulp vragen' }).click();
  await expect(page.locator('#supportLevel')).toBeFocused();
  await expect(page.locator('.ww-error-summary').getByRole('link')).toHaveText(['Dit veld is verplicht.', 'Dit veld is verplicht.', 'Dit veld is verplicht.']);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Hulp bij het organiseren' }).check();
  await page.getByLabel('Je naam').fill('Joost Bakker');
  await page.getByLabel('Je e-mailadres').fill(email);
  await page.getByRole('textbox', { name: /^Organisatie/ }).fill('Woningcorporatie Thuis');
  await page.getByRole('button', { name: 'Hulp vragen' }).click();
  await expect(page.getByRole('heading', { name: 'Je ondersteuningsvraag is ontvangen' })).toBeVisible();

  const plan = await planRow(token);
  const rows = await query<{ id: string; support_level_id: string; status: string; organisation: string }>(
    'SELECT id, support_level_id, status, organisation FROM support_requests WHERE network_plan_id = $1',
    [plan!.id],
  );
  expect(rows).toEqual([expect.objectContaining({ support_level_id: 'help-organise', status: 'new', organisation: 'Woningcorporatie Thuis' })]);
  expect(await count('audit_events', 'item_id = $1 AND action = $2', [rows[0]!.id, 'created'])).toBe(1);
  expect(await count('outbound_emails', 'item_id = $1 AND "to" = $2 AND template = $3', [rows[0]!.id, email, 'support-request-received'])).toBe(1);

  // The coordination team finds it in its inbox.
  await page.context().clearCookies();
  await signIn(page, await createMember('coordinator'));
  await page.goto('/beheer?reset=1');
  await page.getByLabel('Zoeken in titel, naam en e-mail').fill(email);
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  const row = page.locator(`tr[data-item-id="${rows[0]!.id}"]`);
  await expect(row).toContainText('Ondersteuningsvraag');
  await expect(row).toContainText('Joost Bakker');
});

test('starts pre-filled from a learning question that needs a new network', async ({ page }) => {
  const token = randomBytes(32).toString('base64url');
  const question = `Hoe houden we ondermijning in de wijk zichtbaar? ${unique()}`;
  await query(
    `INSERT INTO learning_questions (token, question, themes, target_groups, scale, province, group_size, learning_goal, contact_name, contact_email, consent_contact, verdict)
     VALUES ($1, $2, $3, $4, 'regional', 'gelderland', 16, 'improvement', 'Ilse', 'ilse@example.nl', true, 'new-network')`,
    // Stored as the real feature stores it: only the token's hash.
    [createHash('sha256').update(token).digest('hex'), question, ['area-based-liveability-safety'], ['professionals']],
  );
  await page.goto(`/leernetwerk-opzetten/nieuw?leervraag=${token}`);
  await expect(page.getByText('We vullen je plan alvast in')).toContainText(question);
  await expect(page.getByRole('radio', { name: /volledige stappenplan/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Plan starten' }).click();
  await expect(page.getByLabel(/Naam of werktitel/)).toHaveValue(question);
  await expect(page.locator('#learningGoal-improvement')).toBeChecked();
  await page.goto(`${page.url().replace(/stap\/1$/, 'stap/4')}`);
  await expect(page.locator('#scale-regional')).toBeChecked();
  await expect(page.getByLabel('Provincie')).toHaveValue('gelderland');
});

test('the wizard in English', async ({ page }) => {
  await page.goto('/en/leernetwerk-opzetten/nieuw?route=full');
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Step 1 of 10: Make clear WHAT/ })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/leernetwerk-opzetten\/plan\/[A-Za-z0-9_-]+\/stap\/1$/);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByLabel(/Name or working title/)).toHaveAccessibleDescription(/This field is required\./);
  await expectNoAxeViolations(page);
  await page.getByLabel(/Name or working title/).fill('Neighbourhood learning circle');
  await page.getByRole('button', { name: 'Save and go to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan for our learning network' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('starts a plan and saves a step, with errors from the server', async ({ page }) => {
    await page.goto('/leernetwerk-opzetten/nieuw?route=light');
    await page.getByRole('button', { name: 'Plan starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Stap 1 van 5/ })).toBeVisible();
    const token = tokenOf(page);
    await page.getByLabel(/Naam of werktitel/).fill('ab');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await expect(page.getByLabel(/Naam of werktitel/)).toHaveAccessibleDescription(/Vul minstens 3 tekens in\./);
    await expect(page.getByLabel(/Naam of werktitel/)).toHaveValue('ab');
    await page.getByLabel(/Naam of werktitel/).fill('Zonder JavaScript');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Stap 2 van 5/ })).toBeVisible();
    expect((await planRow(token))!.answers['light-1']).toMatchObject({ title: 'Zonder JavaScript' });
  });
});

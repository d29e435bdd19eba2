// /leervraag: the stepped learning question form filled by keyboard only, progress kept across a
// reload, Dutch errors that store nothing, the result page per verdict for the domain's examples,
// the form without JavaScript, and axe on every state.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectCspErrors, expectNoAxeViolations } from './support/accessibility';
import { count, query } from './support/database';
import { asVisitor, visitorAddress } from './support/visitor';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

/** Presses Tab until the element has focus: proves it can be reached by keyboard. */
async function tabTo(page: Page, target: Locator, maxTabs = 80) {
  for (let presses = 0; presses < maxTabs; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

const nextStep = (page: Page) => page.getByRole('button', { name: 'Volgende stap' });

async function resultOf(page: Page, body: Record<string, unknown>): Promise<string> {
  const response = await page.request.post('/api/learning-questions', {
    data: { contactName: 'Test Persoon', contactEmail: 'test@example.nl', consentContact: true, ...body },
    headers: { 'X-Forwarded-For': visitorAddress() },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).path as string;
}

test.describe('with JavaScript', () => {
  test.use(asVisitor());

  test('asks the question first, suggests themes from its words, and shows a verdict explained as on the home page', async ({ page }) => {
    const cspErrors = collectCspErrors(page);
    const question = `Woningcorporaties willen met welzijn en veiligheid leren over vroegsignalering ${unique()}`;
    await page.goto('/leervraag');
    await expect(page.getByRole('heading', { level: 1, name: 'Leervraag stellen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Stap 1 van 7: Wat wil je leren?' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Vroegsignalering en preventie' })).toBeHidden();
    await expectNoAxeViolations(page);

    // Wat: the question in the asker's own words
    await tabTo(page, page.getByLabel('Je leervraag in je eigen woorden'));
    await page.keyboard.type(question);
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Thema's: suggested from the question's words, ticked, changeable; the full list grouped
    await expect(page.getByRole('heading', { name: "Stap 2 van 7: Welke thema's passen bij je vraag?" })).toBeFocused();
    await expect(page.getByText(/Bij je vraag stellen we deze thema's voor: .*Vroegsignalering en preventie/)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Vroegsignalering en preventie' })).toBeChecked();
    await expect(page.getByRole('group', { name: 'De vijf lacunes uit de Leeragenda Leefbaarheid en Veiligheid' }).getByRole('checkbox')).toHaveCount(5);
    await expect(page.getByRole('checkbox', { name: 'Wijkverpleging' })).not.toBeChecked();
    await expectNoAxeViolations(page);
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Met wie
    const stepThree = page.getByRole('heading', { name: 'Stap 3 van 7: Met wie wil je leren?' });
    await expect(stepThree).toBeFocused();
    await tabTo(page, page.getByRole('checkbox', { name: 'Wijkprofessionals' }));
    await page.keyboard.press('Space');
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Hoe
    await expect(page.getByRole('heading', { name: 'Stap 4 van 7: Hoe wil je leren?' })).toBeFocused();
    await tabTo(page, page.getByRole('checkbox', { name: 'Actieonderzoek' }));
    await page.keyboard.press('Space');
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Waar
    await expect(page.getByRole('heading', { name: 'Stap 5 van 7: Waar?' })).toBeFocused();
    await tabTo(page, page.getByRole('radio', { name: 'Lokaal' }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Regionaal' })).toBeChecked();
    await tabTo(page, page.getByLabel('Provincie'));
    await page.keyboard.type('Zuid-Holland');
    await expect(page.getByLabel('Provincie')).toHaveValue('zuid-holland');
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Vanaf wanneer: a date field
    await expect(page.getByRole('heading', { name: 'Stap 6 van 7: Vanaf wanneer?' })).toBeFocused();
    const start = page.getByLabel('Vanaf wanneer wil je leren?');
    await expect(start).toHaveAttribute('type', 'date');
    await expect(start).toHaveAccessibleDescription(/bijvoorbeeld 1 maart 2027/);
    await tabTo(page, nextStep(page));
    await page.keyboard.press('Enter');
    // Contact
    await expect(page.getByRole('heading', { name: 'Stap 7 van 7: Je gegevens' })).toBeFocused();
    await tabTo(page, page.getByLabel('Je naam'));
    await page.keyboard.type('Sanne de Vries');
    await tabTo(page, page.getByLabel('Je e-mailadres'));
    await page.keyboard.type('sanne@example.nl');
    await tabTo(page, page.getByRole('checkbox', { name: /mag contact met me opnemen/ }));
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole('button', { name: 'Leervraag versturen' }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/leervraag\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Ons advies: Een vergelijkbaar leernetwerk ernaast opzetten' })).toBeVisible();
    const almere = page.locator('.ww-match').first();
    await expect(almere.getByRole('heading', { level: 3 })).toContainText('Almere');
    await expect(almere.getByRole('list')).toContainText('Is er ruimte om hierbij aan te sluiten? Nee. Staat niet open voor nieuwe deelnemers.');
    await expect(almere.getByRole('listitem')).toHaveCount(4);
    await expect(almere).toContainText(/Past voor \d+% bij je vraag/);
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);

    // The result explains the verdict with the same rule as the home page.
    const resultRule = await page.locator('section[aria-labelledby="rule"]').locator('ol, p').allInnerTexts();
    await page.goto('/');
    const homeRule = await page.locator('section[aria-labelledby="matching"]').locator('ol, p').allInnerTexts();
    expect(resultRule.length).toBe(5);
    expect(resultRule).toEqual(homeRule);
    expect(homeRule.join(' ')).toContain("parallel leernetwerk ‘er naast’");

    const rows = await query<{ id: string; verdict: string; themes: string[] }>('SELECT id, verdict, themes FROM learning_questions WHERE question = $1', [question]);
    expect(rows).toEqual([expect.objectContaining({ verdict: 'parallel-network', themes: expect.arrayContaining(['early-signalling-prevention']) })]);
    expect(await count('outbound_emails', 'item_id = $1', [rows[0]!.id])).toBe(1);
  });

  test('keeps progress when the page reloads', async ({ page }) => {
    const question = `Hoe leren wijkverpleegkundigen van elkaar ${unique()}`;
    await page.goto('/leervraag');
    await page.getByLabel('Je leervraag in je eigen woorden').fill(question);
    await nextStep(page).click();
    await page.getByRole('checkbox', { name: 'Wijkverpleging' }).check();
    await nextStep(page).click();
    await page.getByRole('checkbox', { name: 'Bewoners' }).check();
    await page.reload();

    await expect(page.getByRole('heading', { name: 'Stap 3 van 7: Met wie wil je leren?' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Bewoners' })).toBeChecked();
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await expect(page.getByRole('checkbox', { name: 'Wijkverpleging' })).toBeChecked();
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await expect(page.getByLabel('Je leervraag in je eigen woorden')).toHaveValue(question);
  });

  test('shows Dutch errors per step, moves focus to the first, and stores nothing', async ({ page }) => {
    const before = await count('learning_questions');
    await page.goto('/leervraag');
    await page.getByLabel('Je leervraag in je eigen woorden').fill('Kort');
    await nextStep(page).click();
    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expect(page.getByLabel('Je leervraag in je eigen woorden')).toBeFocused();
    await expect(page.getByLabel('Je leervraag in je eigen woorden')).toHaveAccessibleDescription(/Vul minstens 10 tekens in\./);
    await expectNoAxeViolations(page);

    await page.getByLabel('Je leervraag in je eigen woorden').fill('Hoe signaleren we samen vroeg schulden in de wijk?');
    await nextStep(page).click();
    await expect(page.getByText(/Bij je vraag stellen we deze thema's voor/)).toBeVisible();
    const ticked = page.locator('input[name="themes"]:checked');
    while ((await ticked.count()) > 0) await ticked.first().uncheck();
    await nextStep(page).click();
    await expect(page.locator('#themes')).toBeFocused();
    await expect(page.getByRole('group', { name: /Thema's van de leeragenda/ })).toHaveAccessibleDescription(/Kies minstens één\./);
    await expectNoAxeViolations(page);

    await page.getByRole('checkbox', { name: 'Vroegsignalering en preventie' }).check();
    await nextStep(page).click();
    await page.getByRole('checkbox', { name: 'Bestuurders' }).check();
    await nextStep(page).click();
    await nextStep(page).click();
    await page.getByRole('radio', { name: 'Lokaal' }).check();
    await nextStep(page).click();
    await expect(page.getByLabel('Provincie')).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    await expect(page.getByRole('textbox', { name: 'Gemeente', exact: true })).toHaveAccessibleDescription(/Dit veld is verplicht\./);
    await page.getByRole('radio', { name: 'Landelijk' }).check();
    await nextStep(page).click();
    await nextStep(page).click();
    await page.getByLabel('Je e-mailadres').fill('sanne@');
    await page.getByRole('button', { name: 'Leervraag versturen' }).click();
    await expect(page.getByLabel('Je naam')).toBeFocused();
    await expect(page.getByLabel('Je e-mailadres')).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
    await expect(page.getByRole('checkbox', { name: /mag contact met me opnemen/ })).toHaveAccessibleDescription(/Geef toestemming om verder te gaan./);
    await expectNoAxeViolations(page);
    expect(await count('learning_questions')).toBe(before);
  });

  test('shows the result page per verdict for the domain examples, with next steps', async ({ page }) => {
    const join = await resultOf(page, {
      question: 'Hoe leren wijkverpleegkundigen van elkaar over zelfmanagement?',
      themes: ['district-nursing'],
      targetGroups: ['professionals'],
      scale: 'national',
      learningGoal: 'improvement',
    });
    await page.goto(join);
    await expect(page.getByRole('heading', { name: 'Ons advies: Aansluiten bij een bestaand leernetwerk' })).toBeVisible();
    await expect(page.locator('.ww-match').first()).toContainText('Leernetwerken wijkverpleging');
    await expect(page.getByRole('link', { name: 'Vraag het coördinatieteam om een kennismaking' })).toBeVisible();
    await expectNoAxeViolations(page);

    const fresh = await resultOf(page, {
      question: 'Hoe integreren statushouders en inwoners met een rugzakje beter in de wijk?',
      themes: ['integration-status-holders'],
      targetGroups: ['policy-makers', 'professionals', 'residents'],
      scale: 'regional',
      province: 'gelderland',
      learningGoal: 'reflection',
    });
    await page.goto(fresh);
    await expect(page.getByRole('heading', { name: 'Ons advies: Een nieuw leernetwerk opzetten' })).toBeVisible();
    const token = fresh.split('/').pop()!;
    await expect(page.getByRole('link', { name: 'Start het stappenplan voor een nieuw leernetwerk' })).toHaveAttribute('href', `/leernetwerk-opzetten/nieuw?leervraag=${token}`);
    await expect(page.getByRole('heading', { name: 'Leervormen die bij je vraag passen' })).toBeVisible();
    await expect(page.getByText('Intervisie- en supervisiegroepen')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/en${fresh}`);
    await expect(page.getByRole('heading', { name: /Our advice/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const response = await page.goto(`/leervraag/${'A'.repeat(43)}`);
    expect(response?.status()).toBe(404);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, ...asVisitor() });

  test('shows all steps as one form, suggests themes on the next page, reports errors, then stores and opens the result page', async ({ page }) => {
    const question = `Zonder JavaScript: hoe signaleren we vroeg schulden ${unique()}`;
    await page.goto('/leervraag');
    await expect(page.getByRole('heading', { name: 'Je gegevens' })).toBeVisible();
    await page.getByLabel('Je leervraag in je eigen woorden').fill(question);
    await page.getByRole('checkbox', { name: 'Wijkprofessionals' }).check();
    await page.getByRole('button', { name: 'Leervraag versturen' }).click();
    await expect(page.getByText(/Bij je vraag stellen we deze thema's voor: .*Vroegsignalering en preventie.* Kijk de thema's na en verstuur je leervraag opnieuw\./)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Vroegsignalering en preventie' })).toBeChecked();
    await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
    await expect(page.getByLabel('Je leervraag in je eigen woorden')).toHaveValue(question);
    await expect(page.getByRole('checkbox', { name: 'Wijkprofessionals' })).toBeChecked();
    // No axe scan here: axe needs the page's own script timers, which do not run with JavaScript off
    // (the scan never ends). The same form, suggestion note and error summary are scanned with
    // JavaScript in the tests above.
    expect(await count('learning_questions', 'question = $1', [question])).toBe(0);

    await page.getByRole('radio', { name: 'Landelijk' }).check();
    await page.getByLabel('Je naam').fill('Joost');
    await page.getByLabel('Je e-mailadres').fill('joost@example.nl');
    await page.getByRole('checkbox', { name: /mag contact met me opnemen/ }).check();
    await page.getByRole('button', { name: 'Leervraag versturen' }).click();
    await expect(page).toHaveURL(/\/leervraag\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('heading', { name: /^Ons advies: / })).toBeVisible();
    const rows = await query<{ themes: string[] }>('SELECT themes FROM learning_questions WHERE question = $1', [question]);
    expect(rows).toEqual([{ themes: expect.arrayContaining(['early-signalling-prevention']) }]);
  });
});

// The agenda end to end in a real browser: an organiser proposes a meeting series through the public
// form, the coordination team publishes it from the inbox, and it appears on /agenda (filtered), on
// its own page with JSON-LD Event, in /agenda.ics (read back with ical.js) and on its offering's
// page. axe on the agenda, the meeting page and the proposal form.
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, signIn } from './support/team';
import { asVisitor } from './support/visitor';

test.use(asVisitor());

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('propose a meeting → publish in /beheer → on /agenda, in /agenda.ics and on the offering page', async ({ page }) => {
  const title = `Leefwereldgesprek buurtteams ${unique()}`;

  // 1. The organiser proposes a series of three dates, every six weeks.
  await page.goto('/agenda/voorstellen');
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomst aanmelden voor de agenda' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de bijeenkomst').fill(title);
  await page.getByLabel('Waar gaat het over?').fill('Buurtteams en buurtpastores bespreken samen wat leefwereldgericht werken van hen vraagt.');
  await page.getByLabel('Hoort bij leeraanbod').selectOption({ label: 'Leefwereldteam Utrecht' });
  await page.getByLabel(/^Begin/).fill('2099-03-10T19:30');
  await page.getByLabel(/^Einde/).fill('2099-03-10T21:00');
  await page.getByLabel('Herhaling (voor een reeks)').fill('FREQ=WEEKLY;INTERVAL=6;COUNT=3');
  await page.getByLabel('Plaats of adres').fill('Buurthuis De Leeuw');
  await page.getByLabel('Gemeente').fill('Utrecht');
  await page.getByLabel('Provincie').selectOption('utrecht');
  await page.getByRole('group', { name: /^Thema/ }).getByLabel('Leefwereldgericht werken').check();
  await page.getByLabel('Je naam').fill('Anouk Jansen');
  await page.getByLabel('Je e-mailadres').fill('anouk@example.nl');
  await page.getByRole('button', { name: 'Bijeenkomst aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, we hebben je bijeenkomst ontvangen' })).toBeVisible();
  const [stored] = await query<{ slug: string; published: boolean }>('SELECT slug, published_at IS NOT NULL AS published FROM meetings WHERE title = $1', [title]);
  expect(stored).toEqual({ slug: expect.any(String), published: false });
  expect((await page.goto(`/agenda/${stored!.slug}`))?.status()).toBe(404);

  // 2. The team publishes it from the inbox.
  const member = await createMember('coordinator');
  await signIn(page, member);
  await page.goto('/beheer?reset=1');
  await page.getByLabel('Zoeken in titel, naam en e-mail').fill(title);
  await page.getByRole('button', { name: 'Filters toepassen' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Publiceren in de agenda' }).click();
  await expect(page.getByText('Gepubliceerd. De bijeenkomst staat nu in de agenda.')).toBeVisible();

  // 3. It is on /agenda, filtered on its theme, at its first date.
  await page.goto('/agenda?theme=lifeworld-oriented-working&province=utrecht');
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card).toContainText('dinsdag 10 maart 2099, 19:30–21:00');
  await expect(card).toContainText('3 data in deze periode');
  await expectNoAxeViolations(page);

  // 4. Its page: the dates, the calendar download, JSON-LD Event.
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('dinsdag 21 april 2099, 19:30–21:00')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zet in je agenda (.ics)' })).toHaveAttribute('href', `/agenda/${stored!.slug}/bijeenkomst.ics`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ '@type': 'Event', name: title, eventStatus: 'https://schema.org/EventScheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode', startDate: '2099-03-10T18:30:00.000Z' });
  await expectNoAxeViolations(page);

  // 5. In the calendar feed, as a calendar program reads it.
  const feed = await page.request.get('/agenda.ics?theme=lifeworld-oriented-working');
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  const event = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .find((candidate) => candidate.summary === title)!;
  expect(event.startDate.toJSDate().toISOString()).toBe('2099-03-10T18:30:00.000Z');
  expect(event.startDate.zone.tzid).toBe('Europe/Amsterdam');
  expect(String(event.component.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=3;INTERVAL=6');
  expect(event.component.getFirstPropertyValue('sequence')).toBe(1);

  // 6. On its offering's page.
  await page.goto('/aanbod/leefwereldteam-utrecht');
  await expect(page.getByRole('region', { name: 'Komende bijeenkomsten' }).getByRole('link', { name: title })).toBeVisible();
});

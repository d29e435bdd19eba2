// The public catalogue (aanbod), the menukaart and the learning agenda in a real browser:
// stemming, typos, facets that agree with the API, URL state, keyboard use, no-JS, 404, axe.
import { expect, test, type Page } from '@playwright/test';
import { collectCspErrors, expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';

// The seeded example networks are not shown as open until the team has verified them (decision
// 0121): here the team has verified about half of them, so "only open offerings" finds some.
test.beforeAll(async () => {
  await query(`UPDATE offerings SET needs_verification = false, last_verified_at = now() WHERE needs_verification AND length(slug) % 2 = 0`);
});

async function apiTotal(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/offerings?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

const results = (page: Page) => page.getByRole('region', { name: /resultaten|resultaat|Geen resultaten/ }).or(page.locator('section[aria-labelledby="results-title"]'));

async function search(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Zoek in het aanbod' }).fill(words);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  // The App Router changes the URL when the new result has arrived ("Resultaten worden bijgewerkt…"
  // meanwhile); on a loaded machine the search can take longer than the default 10 s.
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(words).replace(/%20/g, '\\+|%20')}`), { timeout: 30_000 });
}

test('finds an offering by a Dutch word form that differs from the stored one (stemming)', async ({ page }) => {
  await page.goto('/aanbod');
  await search(page, 'wijkverpleegkundige');
  await expect(results(page).getByRole('link', { name: 'Wijkleernetwerk wijkverpleegkundigen Flevoland' })).toBeVisible();
});

// Under load the page can take a while to hydrate; what a visitor typed before then must stay (it
// was wiped by the form's URL sync, and "Zoeken" then searched for nothing). The page's scripts are
// held back until the search is typed, so this happens on every run, not only on a busy machine.
test('keeps a search typed before the page has hydrated', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  await page.goto('/aanbod', { waitUntil: 'commit' });
  const box = page.getByRole('searchbox', { name: 'Zoek in het aanbod' });
  await box.fill('wijkverpleegkundige');
  release();
  await page.waitForFunction(() => {
    const form = document.querySelector('form[role="search"]');
    return Boolean(form) && Object.keys(form!).some((key) => key.startsWith('__reactFiber'));
  });
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page).toHaveURL(/q=wijkverpleegkundige/);
  await expect(box).toHaveValue('wijkverpleegkundige');
  await expect(results(page).getByRole('link', { name: 'Wijkleernetwerk wijkverpleegkundigen Flevoland' })).toBeVisible();
});

test('finds titles with a typo in a long word (swapped or missing letter)', async ({ page }) => {
  await page.goto('/aanbod');
  await search(page, 'Amstredam');
  await expect(results(page).getByRole('link', { name: 'Professionaliseren Yes! Amsterdam' })).toBeVisible();
  await expect(page.getByText('We zochten ook naar: amsterdam.')).toBeVisible();
  await search(page, 'wijkverpleegkundgen');
  await expect(results(page).getByRole('link', { name: 'Wijkleernetwerk wijkverpleegkundigen Flevoland' })).toBeVisible();
});

test('filter counts and result counts agree with the API', async ({ page }) => {
  await page.goto('/aanbod?scale=regional');
  const total = await apiTotal(page, 'scale=regional');
  await expect(page.locator('#results-title')).toHaveText(`${total} resultaten`);
  for (const [filter, value] of [
    ['theme', 'youth-care'],
    ['province', 'flevoland'],
    ['form', 'action-research'],
    ['targetGroup', 'professionals'],
  ] as const) {
    const label = await page.locator(`label[for="filter-${filter}-${value}"]`).textContent();
    const shown = Number(/\((\d+)\)$/.exec(label ?? '')?.[1]);
    expect(shown, `${filter}=${value}`).toBe(await apiTotal(page, `scale=regional&${filter}=${value}`));
  }
});

test('keeps the whole state in the URL: filters by keyboard, reload and back button', async ({ page }) => {
  await page.goto('/aanbod');
  const allText = await page.locator('#results-title').textContent();
  // Keyboard only: from the sort order, Tab to "only open offerings" and press Space.
  await page.locator('#catalogue-sort').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#filter-open')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]open=true/);
  await expect(page.locator('#filter-open')).toBeFocused();
  const openTotal = await apiTotal(page, 'open=true');
  await expect(page.locator('#results-title')).toHaveText(`${openTotal} resultaten`);
  // Tab on to the themes (open by default) and choose the first one.
  await page.keyboard.press('Tab'); // summary "Thema"
  await page.keyboard.press('Tab'); // first theme
  const firstTheme = page.locator('input[name="theme"]').first();
  await expect(firstTheme).toBeFocused();
  const themeId = await firstTheme.getAttribute('value');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`theme=${themeId}`));
  const bothTotal = await apiTotal(page, `open=true&theme=${themeId}`);
  await expect(page.locator('#results-title')).toHaveText(new RegExp(`^(${bothTotal} resultaten|${bothTotal} resultaat|Geen resultaten)$`));

  // Back: the theme is let go again, then "open" too.
  const url = page.url();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]open=true$/);
  await expect(firstTheme).not.toBeChecked();
  await expect(page.locator('#filter-open')).toBeChecked();
  await page.goBack();
  await expect(page.locator('#results-title')).toHaveText(allText!);
  await expect(page.locator('#filter-open')).not.toBeChecked();

  // The URL alone brings the same state back.
  await page.goto(url);
  await expect(page.locator('#filter-open')).toBeChecked();
  await expect(firstTheme).toBeChecked();
  await expect(page.locator('#results-title')).toHaveText(new RegExp(`^(${bothTotal} resultaten|${bothTotal} resultaat|Geen resultaten)$`));
});

test('never ends in a dead end: says which filter to loosen and where to go next', async ({ page }) => {
  await page.goto('/aanbod?q=Amsterdam&theme=youth-care');
  await expect(page.locator('#results-title')).toHaveText('Geen resultaten voor “Amsterdam”');
  await expect(page.getByRole('link', { name: 'zonder Thema: 1 resultaat' })).toBeVisible();
  await expect(page.getByRole('link', { name: /zonder zoekwoorden/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stel je leervraag' })).toHaveAttribute('href', '/leervraag');
  await expect(page.getByRole('link', { name: 'Zet zelf een leernetwerk op' })).toHaveAttribute('href', '/leernetwerk-opzetten');
  await page.getByRole('link', { name: 'zonder Thema: 1 resultaat' }).click();
  await expect(page.getByRole('link', { name: 'Professionaliseren Yes! Amsterdam' })).toBeVisible();
});

test('pages through the results and sorts them', async ({ page }) => {
  await page.goto('/aanbod?pageSize=5&sort=starting-soon');
  await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click();
  await expect(page).toHaveURL(/page=2/);
  const api = (await (await page.request.get('/api/offerings?pageSize=5&sort=starting-soon&page=2')).json()) as { items: { title: string }[] };
  await expect(page.locator('.ww-offering-list h3').first()).toHaveText(api.items[0]!.title);
  await expect(page.locator('#catalogue-sort')).toHaveValue('starting-soon');
});

test('filters by sector, with counts that agree with the API and the state in the URL', async ({ page }) => {
  await page.goto('/aanbod');
  await page.locator('summary', { hasText: /^Sector/ }).click();
  const label = await page.locator('label[for="filter-sector-research"]').textContent();
  expect(Number(/\((\d+)\)$/.exec(label ?? '')?.[1])).toBe(await apiTotal(page, 'sector=research'));
  await page.locator('label[for="filter-sector-research"]').click();
  await expect(page).toHaveURL(/[?&]sector=research/);
  await expect(page.locator('#results-title')).toHaveText(`${await apiTotal(page, 'sector=research')} resultaten`);
});

test('opens the sector filters from the URL, without accessibility violations', async ({ page }) => {
  await page.goto('/aanbod?sector=care&sectorScope=intersectoral');
  await expect(page.locator('#filter-sector-care')).toBeChecked();
  await expect(page.locator('#filter-sectorScope-intersectoral')).toBeChecked();
  const total = await apiTotal(page, 'sector=care&sectorScope=intersectoral');
  await expect(page.locator('#results-title')).toHaveText(total === 1 ? '1 resultaat' : `${total} resultaten`);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filters with the plain form and links', async ({ page }) => {
    await page.goto('/aanbod');
    await page.locator('summary', { hasText: 'Provincie' }).click();
    await page.locator('label[for="filter-province-flevoland"]').click();
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await expect(page).toHaveURL(/province=flevoland/);
    await expect(page.locator('#results-title')).toHaveText(`${await apiTotal(page, 'province=flevoland')} resultaten`);
    await expect(page.locator('#filter-province-flevoland')).toBeChecked();
  });

  test('filters by sector with the plain form', async ({ page }) => {
    await page.goto('/aanbod');
    await page.locator('summary', { hasText: /^Sector/ }).click();
    await page.locator('label[for="filter-sector-youth"]').click();
    await page.locator('summary', { hasText: 'Eén of meer sectoren' }).click();
    await page.locator('label[for="filter-sectorScope-intersectoral"]').click();
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await expect(page).toHaveURL(/sector=youth&sectorScope=intersectoral/);
    const total = await apiTotal(page, 'sector=youth&sectorScope=intersectoral');
    await expect(page.locator('#results-title')).toHaveText(total === 1 ? '1 resultaat' : `${total} resultaten`);
    await expect(page.locator('#filter-sector-youth')).toBeChecked();
  });
});

test('shows an offering in full, with JSON-LD and a link to its learning form', async ({ page }) => {
  await page.goto('/aanbod?q=Almere');
  await page.getByRole('link', { name: 'Leernetwerk signaleren sociaal wijkteam Almere' }).click();
  await expect(page).toHaveURL(/\/aanbod\/wsd-flevoland-almere-signaleren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Leernetwerk signaleren sociaal wijkteam Almere' })).toBeVisible();
  await expect(page.getByText('Sociaal wijkteam in Almere', { exact: true })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({ '@type': 'Course', name: 'Leernetwerk signaleren sociaal wijkteam Almere' });
  await page.getByRole('link', { name: /in de menukaart/ }).click();
  await expect(page).toHaveURL(/\/leervormen#action-research$/);
  await expect(page.locator('#action-research')).toBeInViewport();
});

test('answers a real 404 for an unknown offering', async ({ page }) => {
  const response = await page.goto('/aanbod/bestaat-niet');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the learning agenda marks five gap themes and counts offerings per theme', async ({ page }) => {
  await page.goto('/leeragenda');
  const gaps = page.locator('section[aria-labelledby="gap-themes"] > ul > li');
  await expect(gaps).toHaveCount(5);
  await expect(gaps.first().getByText('Lacune', { exact: true })).toBeVisible();
  await expect(page.getByText(/alleen gericht op de eigen sector of beroepsgroep/)).toBeVisible();
  await expect(gaps.first()).toContainText('Bron: Leeragenda Leefbaarheid en Veiligheid (2020)');
  await expect(page.locator('#youth-care')).toContainText('Bron: ');
  await expect(page.locator('#youth-care')).not.toContainText('Leeragenda Leefbaarheid en Veiligheid (2020)');
  const themes = (await (await page.request.get('/api/themes')).json()) as { items: { id: string; offeringCount: number }[] };
  const youth = themes.items.find((theme) => theme.id === 'youth-care')!;
  await expect(page.locator('#youth-care')).toContainText(`Aanbod: ${youth.offeringCount}`);
  const organising = page.locator('section[aria-labelledby="organising-gaps"] li');
  await expect(organising).toHaveCount(3);
  await expect(organising.nth(1)).toContainText('Verticaal leren');
});

test('the menukaart says when to choose which form, with the advice\'s scale hedges', async ({ page }) => {
  await page.goto('/leervormen');
  await expect(page.getByRole('heading', { level: 2, name: 'Welke leervorm kies je?' })).toBeVisible();
  await expect(page.getByText(/leerstijlen van de deelnemers/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Systeemdoorbrekende manieren van leren' })).toBeVisible();
  await expect(page.getByText('Kies uit deze groep als het hele systeem moet veranderen, over een langere periode.')).toBeVisible();
  await expect(page.locator('article[aria-labelledby="single-learning-inspiration-events"]')).toContainText('Vaak landelijk en regionaal');
  await expect(page.locator('article[aria-labelledby="learning-improvement-trajectory-quality-compass"]')).toContainText('Lokaal, eventueel in combinatie met regionaal of landelijk');
  await expect(page.locator('article[aria-labelledby="intervision-supervision-groups"]')).toContainText('(bron: rapport over de leernetwerken van de Werkplaatsen Sociaal Domein, 2019)');
});

// One test per page: each page's axe scan stands on its own, so a busy machine does not add them up.
for (const path of ['/aanbod', '/aanbod?q=nietsgevonden', '/aanbod/wsd-flevoland-almere-signaleren', '/leervormen', '/leeragenda', '/en/aanbod', '/en/leervormen']) {
  test(`has no accessibility violations or CSP errors on ${path}`, async ({ page }) => {
    const cspErrors = collectCspErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
  });
}

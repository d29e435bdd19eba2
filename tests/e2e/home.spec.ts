// The site shell and the public information pages: language, accessibility (axe, WCAG 2.1 A/AA),
// the 404 page and keyboard use.
import { expect, test } from '@playwright/test';
import { collectCspErrors, expectNoAxeViolations } from './support/accessibility';

test('the home page is in Dutch at /', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen leren voor leefbare en veilige wijken');
  await expect(page).toHaveTitle(/WijkWijzer Leernetwerk/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' })).toHaveAttribute(
    'href',
    '/aanbod',
  );
});

test('the home page is in English at /en', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learning together for liveable and safe neighbourhoods');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Offerings' })).toHaveAttribute(
    'href',
    '/en/aanbod',
  );
});

for (const path of ['/', '/en', '/toegankelijkheid', '/privacy', '/en/privacy', '/deze-pagina-bestaat-niet']) {
  test(`no WCAG 2.1 A/AA violations and no blocked scripts on ${path}`, async ({ page }) => {
    const cspErrors = collectCspErrors(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(cspErrors).toEqual([]);
  });
}

test('an unknown path answers 404 with a localised page and links onward', async ({ page }) => {
  const dutch = await page.goto('/deze-pagina-bestaat-niet');
  expect(dutch?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page).toHaveTitle('Pagina niet gevonden | WijkWijzer Leernetwerk');
  await expect(page.getByRole('main').getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');

  const english = await page.goto('/en/this-page-does-not-exist');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
});

test('the first Tab focuses the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('main')).toHaveAttribute('id', 'inhoud');
});

test('the active menu item is marked as the current page', async ({ page }) => {
  await page.goto('/toegankelijkheid');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current]')).toHaveCount(0);
  await page.goto('/aanbod');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbod' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the language switch leads to the same page in the other language', async ({ page }) => {
  await page.goto('/privacy');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy statement');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacyverklaring');
});

// Stored text is inert in the browser: an offering whose title and summary carry <script>, an
// <img onerror> and </script>, proposed through the public form and then published, shows that text
// literally on its page, in the catalogue and in its JSON-LD, and runs nothing.
import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { asVisitor } from './support/visitor';

test.use(asVisitor());

test('a title with markup, sent through the form and published, renders as text and runs nothing', async ({ page }) => {
  test.slow(); // a form and three pages
  const marker = `inert${Date.now().toString(36)}`;
  const title = `Leerkring ${marker} <img src=x onerror="window.__xss=1"><script>window.__xss=2</script></script>`;
  const summary = `Samen leren <b onmouseover="window.__xss=3">vet</b> </script><script>window.__xss=4</script> over buurtbemiddeling.`;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto('/aanbod/aanmelden');
  await page.getByLabel('Naam van het aanbod').fill(title);
  await page.getByLabel('Korte beschrijving').fill(summary);
  await page.getByLabel('Leervorm').selectOption('intervision-supervision-groups');
  await page.getByRole('group', { name: /Thema’s/ }).getByLabel('Hoe organiseer je een wijkaanpak met slag- en interventiekracht op lange termijn?').check();
  await page.getByRole('group', { name: /^Schaal/ }).getByLabel('Lokaal').check();
  await page.getByRole('group', { name: /Voor wie is het/ }).getByLabel('Wijkprofessionals').check();
  await page.getByLabel('Je naam').fill('Anouk <i>Jansen</i>');
  await page.getByLabel('Je e-mailadres').fill('anouk@example.nl');
  await page.getByRole('button', { name: 'Aanbod aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt, we hebben je aanmelding ontvangen' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(title);

  // Published as the coordination team does it (the publishing workflow is tested in the dashboard suite).
  const rows = await query<{ slug: string }>("UPDATE offerings SET status = 'published', published_at = now() WHERE title = $1 RETURNING slug", [title]);
  expect(rows).toHaveLength(1);

  await page.goto(`/aanbod/${rows[0]!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(summary)).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { name: string; description: string };
  expect(ld.name).toBe(title);
  expect(ld.description).toBe(summary);
  // Nothing of the stored text became an element.
  await expect(page.locator('img[src="x"], b[onmouseover]')).toHaveCount(0);

  await page.goto(`/aanbod?q=${marker}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

// Hostile text in a public form, in the browser (decision 0095): a right-to-left override pasted
// into a name comes back as the field's own error, with and without JavaScript, and nothing is
// stored; a Hebrew name with its right-to-left mark is taken as typed.
import { expect, test } from '@playwright/test';
import { count, query } from './support/database';
import { asVisitor } from './support/visitor';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
const REFUSED = /Deze tekst bevat onzichtbare of ongeldige tekens\./;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled, ...asVisitor() });

    test('a name with a right-to-left override gets a field error and nothing is stored', async ({ page }) => {
      const before = await count('contact_messages');
      await page.goto('/contact');
      await page.getByLabel('Naam').fill('Mila \u202Egnp.exe');
      await page.getByLabel('E-mailadres').fill('mila@example.nl');
      await page.getByLabel('Onderwerp').fill(`Vraag ${unique()}`);
      await page.getByLabel('Bericht').fill('Is er een leerkring over schuldhulp in Drenthe?');
      await page.getByRole('button', { name: 'Bericht versturen' }).click();

      await expect(page.getByText('Niet alles is goed ingevuld')).toBeVisible();
      await expect(page.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Naam')).toHaveAccessibleDescription(REFUSED);
      expect(await count('contact_messages')).toBe(before);
    });

    test('a Hebrew name with its right-to-left mark is taken as typed', async ({ page }) => {
      const subject = `Vraag ${unique()}`;
      await page.goto('/contact');
      await page.getByLabel('Naam').fill('דוד לוי\u200F');
      await page.getByLabel('E-mailadres').fill('david@example.nl');
      await page.getByLabel('Onderwerp').fill(subject);
      await page.getByLabel('Bericht').fill('Is er een leerkring over schuldhulp in Drenthe?');
      await page.getByRole('button', { name: 'Bericht versturen' }).click();

      await expect(page.getByRole('heading', { name: 'Bedankt, je bericht is ontvangen' })).toBeVisible();
      expect(await query<{ name: string }>('SELECT name FROM contact_messages WHERE subject = $1', [subject])).toEqual([{ name: 'דוד לוי\u200F' }]);
    });
  });
}

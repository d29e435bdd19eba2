// The outbox never shows a link that gives access to someone it was not for: a coordinator (and an
// admin) reads that an admin's invitation was sent, not its link, so cannot take the account over.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { query } from './support/database';
import { createMember, signIn } from './support/team';
import { asVisitor } from './support/visitor';

test.use(asVisitor());

test("a coordinator cannot read an admin invitation's link in the outbox", async ({ page, browser }) => {
  const admin = await createMember('admin');
  const coordinator = await createMember('coordinator');
  const invitee = `nieuwe-beheerder-${Date.now().toString(36)}${randomBytes(2).toString('hex')}@team.example.nl`;
  await signIn(page, admin);
  await page.goto('/beheer/gebruikers');
  const invite = page.getByRole('region', { name: 'Teamlid uitnodigen' });
  await invite.getByLabel('Naam').fill('Nieuwe Beheerder');
  await invite.getByLabel('E-mailadres').fill(invitee);
  await invite.getByLabel('Rol').selectOption({ label: 'Beheerder' });
  await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText('Uitnodiging verstuurd.')).toBeVisible();
  const rows = await query<{ id: string; text: string }>(`SELECT id, text FROM outbound_emails WHERE "to" = $1 AND template = 'team-invite'`, [invitee]);
  const token = /uitnodiging\/([\w-]+)/.exec(rows[0]!.text)![1]!;

  const other = await (await browser.newContext(asVisitor())).newPage();
  await signIn(other, coordinator);
  await other.goto('/beheer/outbox');
  await other.getByRole('row').filter({ hasText: invitee }).getByRole('link').click();
  await expect(other.getByTestId('email-text')).toContainText('[persoonlijke link verstuurd]');
  await expect(other.getByTestId('email-text')).toContainText('Beste Nieuwe Beheerder');
  expect(await other.content()).not.toContain(token);
  expect(await other.content()).not.toContain('/beheer/uitnodiging/');
  await expectNoAxeViolations(other);

  // Not for admins either: only the invitee has the link.
  await page.goto(`/beheer/outbox/${rows[0]!.id}`);
  await expect(page.getByTestId('email-text')).toContainText('[persoonlijke link verstuurd]');
  expect(await page.content()).not.toContain(token);
});

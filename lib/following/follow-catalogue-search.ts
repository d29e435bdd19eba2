// Following a catalogue search without an account: double opt-in (nothing is sent but the
// confirmation until it is confirmed), and every e-mail carries a one-click unsubscribe. The links
// lead to a page with a button: confirming and unsubscribing are POSTs, so a mail scanner that opens
// links changes nothing. Tokens are stored only as their hash (lib/security/create-token.ts).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken, hashToken, isTokenShaped } from '@/lib/security/create-token';
import { followSearchSchema } from './followed-search';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { localisedPath } from '@/lib/i18n/routing';

/** The pages behind the links in the mails (each shows a button that POSTs). */
export function followingLinks(locale: Locale, tokens: { confirm?: string; unsubscribe?: string }) {
  const base = `${getEnv().appUrl}${localisedPath('/aanbod/volgen', locale)}`;
  return {
    confirm: tokens.confirm ? `${base}/bevestigen/${tokens.confirm}` : '',
    unsubscribe: tokens.unsubscribe ? `${base}/afmelden/${tokens.unsubscribe}` : '',
  };
}

/** The headers that let a mail client unsubscribe in one click (RFC 2369 and RFC 8058). */
export function listUnsubscribeHeaders(unsubscribeToken: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${getEnv().appUrl}/api/volgen/afmelden/${unsubscribeToken}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export const followSearchForm: PublicForm<typeof followSearchSchema, { id: string }> = {
  name: 'follow-search',
  schema: followSearchSchema,
  rateLimit: 'searchSubscription',
  check: async (prisma, { filters }) => {
    const themes = await loadThemes(prisma);
    return filters.theme.flatMap((id, index) => (themes.isKnown(id) ? [] : checkThemeIds(themes, [id], ['filters', 'theme', index])));
  },
  async store(tx, { email, filters }, context) {
    const confirmToken = createToken();
    const unsubscribeToken = createToken();
    const t = await getTranslator(context.locale, 'following.emails.confirm');
    const links = followingLinks(context.locale, { confirm: confirmToken, unsubscribe: unsubscribeToken });
    const row = await tx.searchSubscription.create({
      data: { email, filters, locale: context.locale, confirmToken: hashToken(confirmToken), unsubscribeTokens: [hashToken(unsubscribeToken)] },
      select: { id: true },
    });
    await queueEmail(tx, { to: email, subject: t('subject'), text: t('text', links), template: 'following-confirm', itemType: 'search_subscription', itemId: row.id });
    return { id: row.id };
  },
};

export function followCatalogueSearch(prisma: Db, input: unknown, context: SubmissionContext): Promise<SubmissionOutcome<{ id: string }>> {
  return submitPublicForm(prisma, followSearchForm, input, context);
}

export type ConfirmState = 'pending' | 'confirmed' | 'unknown';

/** What the confirmation page shows for a token, without changing anything (GET). */
export async function findFollowingConfirmState(prisma: Db, token: string): Promise<ConfirmState> {
  if (!isTokenShaped(token)) return 'unknown';
  const row = await prisma.searchSubscription.findUnique({ where: { confirmToken: hashToken(token) }, select: { confirmedAt: true } });
  return !row ? 'unknown' : row.confirmedAt ? 'confirmed' : 'pending';
}

/** Confirms (POST); true also when it was confirmed before. */
export async function confirmFollowing(prisma: Db, token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const updated = await prisma.searchSubscription.updateMany({ where: { confirmToken: hashToken(token), confirmedAt: null }, data: { confirmedAt: new Date() } });
  if (updated.count > 0) return true;
  return (await prisma.searchSubscription.count({ where: { confirmToken: hashToken(token) } })) > 0;
}

/** Removes the subscription and the address with it (POST); true also when it was already gone. */
export async function unsubscribeFollowing(prisma: Db, token: string): Promise<void> {
  if (!isTokenShaped(token)) return;
  await prisma.searchSubscription.deleteMany({ where: { unsubscribeTokens: { has: hashToken(token) } } });
}

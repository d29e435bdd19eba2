// Following a catalogue search without an account: double opt-in (nothing is sent but the
// confirmation until the link in it is followed), and every e-mail carries a one-click unsubscribe.
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken } from '@/lib/security/create-token';
import { followSearchSchema } from './followed-search';

export function followingLinks(locale: Locale, tokens: { confirm?: string; unsubscribe?: string }) {
  const base = `${getEnv().appUrl}${locale === 'en' ? '/en' : ''}/aanbod/volgen`;
  return {
    confirm: tokens.confirm ? `${base}/bevestigen/${tokens.confirm}` : '',
    unsubscribe: tokens.unsubscribe ? `${base}/afmelden/${tokens.unsubscribe}` : '',
  };
}

export const followSearchForm: PublicForm<typeof followSearchSchema, { id: string }> = {
  name: 'follow-search',
  schema: followSearchSchema,
  rateLimit: 'searchSubscription',
  async store(tx, { email, filters }, context) {
    const confirmToken = createToken();
    const unsubscribeToken = createToken();
    const t = await getTranslator(context.locale, 'following.emails.confirm');
    const links = followingLinks(context.locale, { confirm: confirmToken, unsubscribe: unsubscribeToken });
    const row = await tx.searchSubscription.create({
      data: { email, filters, locale: context.locale, confirmToken, unsubscribeToken },
      select: { id: true },
    });
    await queueEmail(tx, { to: email, subject: t('subject'), text: t('text', links), template: 'following-confirm', itemType: 'search_subscription', itemId: row.id });
    return { id: row.id };
  },
};

export function followCatalogueSearch(prisma: Db, input: unknown, context: SubmissionContext): Promise<SubmissionOutcome<{ id: string }>> {
  return submitPublicForm(prisma, followSearchForm, input, context);
}

export async function confirmFollowing(prisma: Db, token: string): Promise<boolean> {
  const updated = await prisma.searchSubscription.updateMany({ where: { confirmToken: token, confirmedAt: null }, data: { confirmedAt: new Date() } });
  if (updated.count > 0) return true;
  return (await prisma.searchSubscription.count({ where: { confirmToken: token } })) > 0;
}

/** Removes the subscription and the address with it; true also when it was already gone. */
export async function unsubscribeFollowing(prisma: Db, token: string): Promise<void> {
  await prisma.searchSubscription.deleteMany({ where: { unsubscribeToken: token } });
}

// Following a catalogue search without an account: double opt-in (nothing is sent but the
// confirmation until the link in it is followed), and every e-mail carries a one-click unsubscribe.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken } from '@/lib/security/create-token';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { followSearchSchema } from './followed-search';
import { localisedPath } from '@/lib/i18n/routing';

export function followingLinks(locale: Locale, tokens: { confirm?: string; unsubscribe?: string }) {
  const base = `${getEnv().appUrl}${localisedPath('/aanbod/volgen', locale)}`;
  return {
    confirm: tokens.confirm ? `${base}/bevestigen/${tokens.confirm}` : '',
    unsubscribe: tokens.unsubscribe ? `${base}/afmelden/${tokens.unsubscribe}` : '',
  };
}

export async function followCatalogueSearch(prisma: Db, input: unknown, context: { ip: string; locale: Locale }): Promise<SubmissionOutcome<{ id: string }>> {
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const limit = await hitRateLimit(prisma, 'searchSubscription', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = followSearchSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };
  const confirmToken = createToken();
  const unsubscribeToken = createToken();
  const t = await getTranslator(context.locale, 'following.emails.confirm');
  const links = followingLinks(context.locale, { confirm: confirmToken, unsubscribe: unsubscribeToken });
  const id = await prisma.$transaction(async (tx) => {
    const row = await tx.searchSubscription.create({
      data: { email: parsed.data.email, filters: parsed.data.filters, locale: context.locale, confirmToken, unsubscribeToken },
      select: { id: true },
    });
    await queueEmail(tx, { to: parsed.data.email, subject: t('subject'), text: t('text', links), template: 'following-confirm', itemType: 'search_subscription', itemId: row.id });
    return row.id;
  });
  return { kind: 'ok', value: { id } };
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

// The weekly digest of a followed search: for every confirmed subscription whose last digest is a
// week old (or that never had one), the offerings published since then that match its filters. At
// most one e-mail a week; none when nothing new matches. Each digest carries a fresh unsubscribe
// token (only its hash is kept, beside those of the last year's digests) in the text and in the
// List-Unsubscribe headers, so a mail client unsubscribes in one click (RFC 8058).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { asLocale, getTranslator } from '@/lib/i18n/translate';
import { createToken, hashToken } from '@/lib/security/create-token';
import { followingLinks, listUnsubscribeHeaders } from './follow-catalogue-search';
import { searchOfferings } from '@/lib/catalogue/search-offerings';
import { filtersToQuery, searchFiltersSchema } from './followed-search';
import { localisedPath } from '@/lib/i18n/routing';

const WEEK_MS = 7 * 24 * 3600_000;
/** Unsubscribe links that keep working: the confirmation's and those of the latest digests. */
const KEPT_UNSUBSCRIBE_TOKENS = 53;

export async function queueFollowerDigests(prisma: Db, now = new Date()): Promise<number> {
  const due = await prisma.searchSubscription.findMany({
    where: { confirmedAt: { not: null }, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - WEEK_MS) } }] },
  });
  let queued = 0;
  for (const subscription of due) {
    const filters = searchFiltersSchema.safeParse(subscription.filters);
    if (!filters.success) continue;
    const since = subscription.lastDigestAt ?? subscription.confirmedAt!;
    // The catalogue's own search, newest first: what was published since the last digest comes first.
    const newest = await searchOfferings(prisma, { ...filters.data, sort: 'newest', page: 1, pageSize: 50 });
    const offerings = newest.items.filter((item) => item.publishedAt !== null && new Date(item.publishedAt) > since);
    if (offerings.length === 0) continue;
    const locale = asLocale(subscription.locale);
    const t = await getTranslator(locale, 'following.emails.digest');
    const query = filtersToQuery(filters.data);
    const unsubscribeToken = createToken();
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.searchSubscription.updateMany({
        where: { id: subscription.id, lastDigestAt: subscription.lastDigestAt },
        data: { lastDigestAt: now, unsubscribeTokens: [hashToken(unsubscribeToken), ...subscription.unsubscribeTokens].slice(0, KEPT_UNSUBSCRIBE_TOKENS) },
      });
      if (claimed.count === 0) return; // another worker sent it
      await queueEmail(tx, {
        to: subscription.email,
        subject: t('subject', { count: offerings.length }),
        text: t('text', {
          offerings: offerings.map((offering) => `- ${offering.title}: ${getEnv().appUrl}${localisedPath(`/aanbod/${offering.slug}`, locale)}`).join('\n'),
          searchUrl: `${getEnv().appUrl}${localisedPath('/aanbod', locale)}${query ? `?${query}` : ''}`,
          unsubscribe: followingLinks(locale, { unsubscribe: unsubscribeToken }).unsubscribe,
        }),
        headers: listUnsubscribeHeaders(unsubscribeToken),
        template: 'following-digest',
        itemType: 'search_subscription',
        itemId: subscription.id,
      });
      queued += 1;
    });
  }
  return queued;
}

// The coordinators' daily digest: new items of the last day and the open items assigned to them,
// for every active member who has not turned it off. Nothing to report: no e-mail.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/translate';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { itemPath } from '@/lib/inbox/inbox-item-types';
import { listInboxItems, type InboxItem } from '@/lib/inbox/list-inbox-items';

export async function queueCoordinatorDigests(prisma: Db, now = new Date()): Promise<number> {
  const members = await prisma.user.findMany({ where: { active: true, digestEnabled: true } });
  const t = await getTranslator('nl', 'admin.emails.coordinator-digest');
  const base = getEnv().appUrl;
  const since = new Date(now.getTime() - 24 * 3600_000);
  const line = (item: InboxItem) => `- ${item.title} (${base}${itemPath(item.type, item.id)})`;
  let queued = 0;
  for (const member of members) {
    const all = (await listInboxItems(prisma, parseInboxFilters({ age: 'week' }), member.id, { limit: 'all', now })).items;
    const fresh = all.filter((item) => item.createdAt >= since);
    const mine = (await listInboxItems(prisma, parseInboxFilters({ assignee: 'me', status: 'open' }), member.id, { limit: 'all', now })).items;
    if (fresh.length === 0 && mine.length === 0) continue;
    await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: member.email,
        subject: t('subject', { count: fresh.length }),
        text: t('text', {
          name: member.name,
          newCount: fresh.length,
          newItems: fresh.slice(0, 30).map(line).join('\n') || '-',
          mineCount: mine.length,
          mineItems: mine.slice(0, 30).map(line).join('\n') || '-',
          accountUrl: `${base}/beheer/account`,
        }),
        template: 'coordinator-digest',
        itemType: 'user',
        itemId: member.id,
      }),
    );
    queued += 1;
  }
  return queued;
}

// The coordinators' daily digest (working days): the items that came in since the previous working
// day's digest (on Monday: since Friday, so the weekend's items are in it) and the open items assigned
// to them, for every active member who has not turned it off. Nothing to report: no e-mail. One
// digest per member and day: a retried job queues no second one (the outbox's dedupe key).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/translate';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { itemPath } from '@/lib/inbox/inbox-item-registry';
import { listInboxItems, type InboxItem } from '@/lib/inbox/list-inbox-items';
import { workingDaysBefore } from '@/lib/inbox/working-days';

/** The calendar day in the Netherlands, e.g. "2026-12-07" (pure). */
function dayInNetherlands(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(moment);
}

export async function queueCoordinatorDigests(prisma: Db, now = new Date()): Promise<number> {
  const members = await prisma.user.findMany({ where: { active: true, digestEnabled: true } });
  const t = await getTranslator('nl', 'admin.emails.coordinator-digest');
  const base = getEnv().appUrl;
  const since = workingDaysBefore(now, 1);
  const day = dayInNetherlands(now);
  const line = (item: InboxItem) => `- ${item.title} (${base}${itemPath(item.type, item.id)})`;
  let queued = 0;
  for (const member of members) {
    const all = (await listInboxItems(prisma, parseInboxFilters({ age: 'week' }), member.id, { limit: 'all', now })).items;
    const fresh = all.filter((item) => item.createdAt >= since);
    const mine = (await listInboxItems(prisma, parseInboxFilters({ assignee: 'me', status: 'open' }), member.id, { limit: 'all', now })).items;
    if (fresh.length === 0 && mine.length === 0) continue;
    const id = await prisma.$transaction((tx) =>
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
        dedupeKey: `coordinator-digest:${member.id}:${day}`,
      }),
    );
    if (id) queued += 1;
  }
  return queued;
}

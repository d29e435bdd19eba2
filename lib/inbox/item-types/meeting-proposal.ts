// Meeting proposal (bijeenkomst aangemeld): a meeting proposed for the agenda, published from its page.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const meetingProposalItem = defineInboxItemType({
  id: 'meeting',
  slug: 'bijeenkomst',
  table: 'meeting_proposals',
  auditType: 'meeting_proposal',
  inboxRow: inboxRowSql(
    'meeting',
    'mp',
    {
      title: Prisma.sql`m.title`,
      person: Prisma.sql`mp.submitter_name`,
      email: Prisma.sql`mp.submitter_email`,
      themes: Prisma.sql`m.themes`,
      provinces: Prisma.sql`CASE WHEN m.province IS NULL THEN '{}'::text[] ELSE ARRAY[m.province] END`,
    },
    Prisma.sql`meeting_proposals mp JOIN meetings m ON m.id = mp.meeting_id`,
  ),
  loadDetail: (prisma, id) => prisma.meetingProposal.findUnique({ where: { id }, include: { meeting: { include: { offering: { select: { slug: true, title: true } } } } } }),
  contact: (row) => ({ title: row.meeting.title, person: row.submitterName, email: row.submitterEmail, locale: row.locale }),
  mails: ['item-rejected', 'item-status-changed', 'meeting-published'],
});

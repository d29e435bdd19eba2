// Support request (ondersteuningsvraag) from a network plan of the wizard.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const supportRequestItem = defineInboxItemType({
  id: 'support',
  slug: 'ondersteuning',
  table: 'support_requests',
  auditType: 'support_request',
  inboxRow: inboxRowSql(
    'support',
    's',
    {
      title: Prisma.sql`sl.name_nl || coalesce(': ' || p.title, '')`,
      person: Prisma.sql`s.contact_name`,
      email: Prisma.sql`s.contact_email`,
      themes: Prisma.sql`coalesce(lq.themes, '{}')`,
      provinces: Prisma.sql`CASE WHEN lq.province IS NULL THEN '{}'::text[] ELSE ARRAY[lq.province] END`,
    },
    Prisma.sql`support_requests s
      JOIN support_levels sl ON sl.id = s.support_level_id
      JOIN network_plans p ON p.id = s.network_plan_id
      LEFT JOIN learning_questions lq ON lq.id = p.learning_question_id`,
  ),
  loadDetail: (prisma, id) => prisma.supportRequest.findUnique({ where: { id }, include: { supportLevel: true, networkPlan: true } }),
  contact: (row) => ({
    title: `${row.supportLevel.nameNl}${row.networkPlan.title ? `: ${row.networkPlan.title}` : ''}`,
    person: row.contactName,
    email: row.contactEmail,
    locale: row.networkPlan.locale,
  }),
  mails: ['item-rejected', 'item-status-changed'],
});

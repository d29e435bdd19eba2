// Contact message (contactbericht) from /contact.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const contactMessageItem = defineInboxItemType({
  id: 'contact',
  slug: 'contact',
  table: 'contact_messages',
  auditType: 'contact_message',
  inboxRow: inboxRowSql(
    'contact',
    'c',
    { title: Prisma.sql`c.subject`, person: Prisma.sql`c.name`, email: Prisma.sql`c.email`, themes: Prisma.sql`'{}'::text[]`, provinces: Prisma.sql`'{}'::text[]` },
    Prisma.sql`contact_messages c`,
  ),
  loadDetail: (prisma, id) => prisma.contactMessage.findUnique({ where: { id } }),
  contact: (row) => ({ title: row.subject, person: row.name, email: row.email, locale: row.locale }),
  mails: ['item-rejected', 'item-status-changed'],
});

// Learning question (leervraag) from /leervraag: the question, its matches, the asker's consent.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const learningQuestionItem = defineInboxItemType({
  id: 'question',
  slug: 'leervraag',
  table: 'learning_questions',
  auditType: 'learning_question',
  inboxRow: inboxRowSql(
    'question',
    'q',
    {
      title: Prisma.sql`left(q.question, 160)`,
      person: Prisma.sql`q.contact_name`,
      email: Prisma.sql`q.contact_email`,
      themes: Prisma.sql`q.themes`,
      provinces: Prisma.sql`CASE WHEN q.province IS NULL THEN '{}'::text[] ELSE ARRAY[q.province] END`,
    },
    Prisma.sql`learning_questions q`,
  ),
  loadDetail: (prisma, id) =>
    prisma.learningQuestion.findUnique({
      where: { id },
      include: { matchResults: { orderBy: { rank: 'asc' }, include: { offering: { select: { id: true, title: true, slug: true, status: true } } } } },
    }),
  contact: (row) => ({ title: row.question.slice(0, 120), person: row.contactName, email: row.contactEmail, locale: row.locale }),
  mails: ['item-rejected', 'item-status-changed', 'question-response'],
});

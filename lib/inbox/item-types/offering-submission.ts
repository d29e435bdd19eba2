// Offering submission (aanmelding): an offering proposed for the catalogue, published from its page.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const offeringSubmissionItem = defineInboxItemType({
  id: 'submission',
  slug: 'aanmelding',
  table: 'offering_submissions',
  auditType: 'offering_submission',
  inboxRow: inboxRowSql(
    'submission',
    'os',
    { title: Prisma.sql`o.title`, person: Prisma.sql`os.submitter_name`, email: Prisma.sql`os.submitter_email`, themes: Prisma.sql`o.themes`, provinces: Prisma.sql`o.provinces` },
    Prisma.sql`offering_submissions os JOIN offerings o ON o.id = os.offering_id`,
  ),
  loadDetail: (prisma, id) => prisma.offeringSubmission.findUnique({ where: { id }, include: { offering: { include: { learningForm: true } } } }),
  contact: (row) => ({ title: row.offering.title, person: row.submitterName, email: row.submitterEmail, locale: 'nl' }),
  mails: ['item-rejected', 'item-status-changed', 'submission-published'],
});

// Knowledge product proposal (kennisproduct voorgesteld): a knowledge product proposed at
// /kennisbank/voorstellen, published from its page.
import { Prisma } from '@/lib/generated/prisma/client';
import { defineInboxItemType, inboxRowSql } from '../define-inbox-item-type';

export const knowledgeProposalItem = defineInboxItemType({
  id: 'knowledge',
  slug: 'kennisproduct',
  table: 'knowledge_product_proposals',
  auditType: 'knowledge_product_proposal',
  inboxRow: inboxRowSql(
    'knowledge',
    'kp',
    { title: Prisma.sql`k.title`, person: Prisma.sql`kp.submitter_name`, email: Prisma.sql`kp.submitter_email`, themes: Prisma.sql`k.themes`, provinces: Prisma.sql`'{}'::text[]` },
    Prisma.sql`knowledge_product_proposals kp JOIN knowledge_products k ON k.id = kp.knowledge_product_id`,
  ),
  loadDetail: (prisma, id) => prisma.knowledgeProductProposal.findUnique({ where: { id }, include: { knowledgeProduct: true } }),
  contact: (row) => ({ title: row.knowledgeProduct.title, person: row.submitterName, email: row.submitterEmail, locale: row.locale }),
  mails: ['item-rejected', 'item-status-changed', 'knowledge-published'],
});

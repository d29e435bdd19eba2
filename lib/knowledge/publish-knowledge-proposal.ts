// Publishing a proposed knowledge product: it goes into the knowledge base, the proposal is done, the
// sender is told by e-mail, all in one transaction and on the timeline.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { getEnv } from '@/lib/env';
import { queueItemEmail } from '@/lib/inbox/queue-item-email';
import { claimItemVersion } from '@/lib/inbox/update-inbox-item';

export type PublishKnowledgeOutcome = { kind: 'ok'; slug: string } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid' };

export async function publishKnowledgeProposal(prisma: Db, actorId: string, proposalId: string, expectedVersion: number): Promise<PublishKnowledgeOutcome> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimItemVersion(tx, { type: 'knowledge', id: proposalId }, expectedVersion);
    if (claim.kind !== 'ok') return claim;
    const proposal = await tx.knowledgeProductProposal.findUniqueOrThrow({ where: { id: proposalId }, include: { knowledgeProduct: true } });
    const product = proposal.knowledgeProduct;
    if (product.status === 'published' || product.status === 'archived' || claim.state.status === 'rejected') return { kind: 'invalid' as const };
    const now = new Date();
    await tx.knowledgeProduct.update({ where: { id: product.id }, data: { status: 'published', publishedAt: now, version: { increment: 1 } } });
    await tx.knowledgeProductProposal.update({ where: { id: proposalId }, data: { status: 'done', firstResponseAt: proposal.firstResponseAt ?? now } });
    await recordAudit(tx, {
      actorId,
      itemType: 'knowledge_product_proposal',
      itemId: proposalId,
      action: 'knowledge.published',
      changes: { status: { before: claim.state.status, after: 'done' }, productStatus: { before: product.status, after: 'published' } },
    });
    await recordAudit(tx, { actorId, itemType: 'knowledge_product', itemId: product.id, action: 'knowledge.published', changes: { status: { before: product.status, after: 'published' } } });
    await queueItemEmail(tx, { type: 'knowledge', id: proposalId }, 'knowledge-published', { productUrl: `${getEnv().appUrl}/kennisbank/${product.slug}` });
    return { kind: 'ok' as const, slug: product.slug };
  });
}

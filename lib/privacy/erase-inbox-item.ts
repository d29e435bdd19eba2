// Erasing a support request, contact message, offering submission, meeting proposal or knowledge-product proposal whose retention period ended
// (learning questions and plans have their own: erase-learning-question.ts, erase-network-plan.ts).
import type { Prisma } from '@/lib/generated/prisma/client';
import { INBOX_ITEM_REGISTRY, auditItemType } from '@/lib/inbox/inbox-item-registry';
import { eraseSubmissionsContact } from '@/lib/privacy/erase-network-plan';
import { forgetItems, lockRow, redactPersonalTraces, type ErasureReason } from '@/lib/privacy/forget-items';

type Tx = Prisma.TransactionClient;

export type ErasableItemType = 'support' | 'contact' | 'submission' | 'meeting' | 'knowledge';

async function contactOf(tx: Tx, type: ErasableItemType, id: string): Promise<{ name: string; email: string } | null> {
  switch (type) {
    case 'support':
      return tx.supportRequest.findUnique({ where: { id }, select: { contactName: true, contactEmail: true } }).then((row) => row && { name: row.contactName, email: row.contactEmail });
    case 'contact':
      return tx.contactMessage.findUnique({ where: { id }, select: { name: true, email: true } });
    case 'submission':
      return tx.offeringSubmission.findUnique({ where: { id }, select: { submitterName: true, submitterEmail: true } }).then((row) => row && { name: row.submitterName, email: row.submitterEmail });
    case 'meeting':
      return tx.meetingProposal.findUnique({ where: { id }, select: { submitterName: true, submitterEmail: true } }).then((row) => row && { name: row.submitterName, email: row.submitterEmail });
    case 'knowledge':
      return tx.knowledgeProductProposal.findUnique({ where: { id }, select: { submitterName: true, submitterEmail: true } }).then((row) => row && { name: row.submitterName, email: row.submitterEmail });
  }
}

export async function eraseInboxItem(tx: Tx, type: ErasableItemType, id: string, reason: ErasureReason): Promise<boolean> {
  if (!(await lockRow(tx, INBOX_ITEM_REGISTRY[type].table, id))) return false;
  const contact = await contactOf(tx, type, id);
  if (!contact) return false;
  await forgetItems(tx, [{ itemType: auditItemType(type), itemIds: [id] }], reason);
  if (type === 'support') await tx.supportRequest.delete({ where: { id } });
  if (type === 'contact') await tx.contactMessage.delete({ where: { id } });
  if (type === 'submission') {
    const submission = await tx.offeringSubmission.findUniqueOrThrow({ where: { id }, select: { id: true, offeringId: true, offering: { select: { status: true } } } });
    await eraseSubmissionsContact(tx, [submission]);
  }
  if (type === 'meeting') {
    // A published meeting stays in the agenda without who proposed it; an unpublished one goes with its proposal.
    const proposal = await tx.meetingProposal.findUniqueOrThrow({ where: { id }, select: { meetingId: true, meeting: { select: { publishedAt: true } } } });
    if (proposal.meeting.publishedAt) await tx.meetingProposal.update({ where: { id }, data: { submitterName: '', submitterEmail: '', submitterOrganisation: null, message: null } });
    else await tx.meeting.delete({ where: { id: proposal.meetingId } });
  }
  // A knowledge product stays (published or not); who proposed it goes.
  if (type === 'knowledge') await tx.knowledgeProductProposal.update({ where: { id }, data: { submitterName: '', submitterEmail: '', submitterOrganisation: null, message: null } });
  await redactPersonalTraces(tx, { literals: [contact.email], names: [contact.name] });
  return true;
}

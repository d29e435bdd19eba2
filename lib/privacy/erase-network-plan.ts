// Erasing a plan (on request through its link, or when its retention period ends) with its support
// requests. An offering proposed from the plan goes too while it is not published; a published one
// stays in the catalogue without the proposer's name and address.
import type { Prisma } from '@/lib/generated/prisma/client';
import { forgetItems, lockRow, redactPersonalTraces, type ErasureReason } from '@/lib/privacy/forget-items';

type Tx = Prisma.TransactionClient;

export async function eraseNetworkPlan(tx: Tx, id: string, reason: ErasureReason): Promise<boolean> {
  if (!(await lockRow(tx, 'network_plans', id))) return false;
  const plan = await tx.networkPlan.findUnique({
    where: { id },
    select: {
      contactName: true,
      contactEmail: true,
      supportRequests: { select: { id: true, contactName: true, contactEmail: true } },
      submissions: { select: { id: true, submitterName: true, submitterEmail: true, offeringId: true, offering: { select: { status: true } } } },
    },
  });
  if (!plan) return false;
  await forgetItems(
    tx,
    [
      { itemType: 'network_plan', itemIds: [id] },
      { itemType: 'support_request', itemIds: plan.supportRequests.map((request) => request.id) },
      { itemType: 'offering_submission', itemIds: plan.submissions.map((submission) => submission.id) },
    ],
    reason,
  );
  await eraseSubmissionsContact(tx, plan.submissions);
  // Support requests go with the plan (ON DELETE CASCADE).
  await tx.networkPlan.delete({ where: { id } });
  await redactPersonalTraces(tx, {
    literals: [plan.contactEmail, ...plan.supportRequests.map((request) => request.contactEmail), ...plan.submissions.map((submission) => submission.submitterEmail)],
    names: [plan.contactName, ...plan.supportRequests.map((request) => request.contactName), ...plan.submissions.map((submission) => submission.submitterName)],
  });
  return true;
}

/** Unpublished proposals go with their offering; published ones keep the offering and lose the proposer. */
export async function eraseSubmissionsContact(tx: Tx, submissions: { id: string; offeringId: string; offering: { status: string } }[]): Promise<void> {
  const unpublished = submissions.filter((submission) => submission.offering.status !== 'published');
  const published = submissions.filter((submission) => submission.offering.status === 'published');
  if (unpublished.length > 0) await tx.offering.deleteMany({ where: { id: { in: unpublished.map((submission) => submission.offeringId) } } });
  if (published.length > 0) {
    await tx.offeringSubmission.updateMany({
      where: { id: { in: published.map((submission) => submission.id) } },
      data: { submitterName: '', submitterEmail: '', submitterOrganisation: null, message: null, rejectionReason: null },
    });
  }
}

// Everything stored about the people behind a plan, for its private page and the download
// (GET /api/netwerkplannen/<token>): the plan's contact and answers, its support requests and
// proposals for the catalogue, the e-mails sent and what happened when.
import type { Db } from '@/lib/db/client';
import { itemRecords } from '@/lib/privacy/item-records';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';

export async function exportNetworkPlan(prisma: Db, token: string) {
  const found = await findNetworkPlan(prisma, token);
  if (!found) return null;
  const plan = await prisma.networkPlan.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      supportRequests: { orderBy: { createdAt: 'asc' } },
      submissions: { orderBy: { createdAt: 'asc' }, include: { offering: { select: { title: true, status: true } } } },
    },
  });
  const records = await itemRecords(prisma, [
    { itemType: 'network_plan', itemIds: [plan.id] },
    { itemType: 'support_request', itemIds: plan.supportRequests.map((request) => request.id) },
    { itemType: 'offering_submission', itemIds: plan.submissions.map((submission) => submission.id) },
  ]);
  return {
    kind: 'network-plan' as const,
    exportedAt: new Date(),
    contact: { name: plan.contactName, email: plan.contactEmail },
    plan: {
      route: plan.route,
      title: plan.title,
      answers: found.answers,
      chosenForm: plan.chosenFormId,
      currentStep: plan.currentStep,
      status: plan.status,
      language: plan.locale,
      startedFromLearningQuestion: plan.learningQuestionId !== null,
      createdAt: plan.createdAt,
      lastChangedAt: plan.updatedAt,
      finishedAt: plan.finishedAt,
    },
    supportRequests: plan.supportRequests.map((request) => ({
      supportLevel: request.supportLevelId,
      name: request.contactName,
      email: request.contactEmail,
      organisation: request.organisation,
      message: request.message,
      status: request.status,
      rejectionReason: request.rejectionReason,
      createdAt: request.createdAt,
      lastChangedAt: request.updatedAt,
    })),
    catalogueProposals: plan.submissions.map((submission) => ({
      offering: submission.offering.title,
      offeringStatus: submission.offering.status,
      name: submission.submitterName,
      email: submission.submitterEmail,
      organisation: submission.submitterOrganisation,
      message: submission.message,
      status: submission.status,
      rejectionReason: submission.rejectionReason,
      createdAt: submission.createdAt,
    })),
    ...records,
  };
}

export type NetworkPlanExport = NonNullable<Awaited<ReturnType<typeof exportNetworkPlan>>>;

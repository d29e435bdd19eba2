// Deleting a plan with its private link (the page's confirm step, or DELETE /api/netwerkplannen/<token>):
// the plan, its support requests and unpublished proposals, and every trace of the people in them.
import type { Db } from '@/lib/db/client';
import type { DeletionOutcome } from '@/lib/privacy/delete-learning-question';
import { eraseNetworkPlan } from '@/lib/privacy/erase-network-plan';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';

export async function deleteNetworkPlan(prisma: Db, token: string): Promise<DeletionOutcome> {
  const plan = await findNetworkPlan(prisma, token);
  if (!plan) return 'not-found';
  const erased = await prisma.$transaction((tx) => eraseNetworkPlan(tx, plan.id, 'requester'));
  return erased ? 'deleted' : 'not-found';
}

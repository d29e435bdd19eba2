// A plan by its private resume token. Only the token's hash is stored, so a leaked database does not
// hand out the links.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { hashToken } from '@/lib/security/create-token';
import type { PlanAnswers, PlanRouteId } from '@/lib/wizard/plan-steps';

export interface NetworkPlanView {
  id: string;
  route: PlanRouteId;
  title: string | null;
  answers: PlanAnswers;
  chosenFormId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  currentStep: number;
  status: 'in_progress' | 'finished';
  version: number;
  updatedAt: Date;
}

export async function findNetworkPlan(prisma: Db, token: string): Promise<NetworkPlanView | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const plan = await prisma.networkPlan.findUnique({
    where: { token: hashToken(token) },
    select: {
      id: true,
      route: true,
      title: true,
      answers: true,
      chosenFormId: true,
      contactName: true,
      contactEmail: true,
      currentStep: true,
      status: true,
      version: true,
      updatedAt: true,
    },
  });
  if (!plan) return null;
  return { ...plan, answers: (plan.answers ?? {}) as PlanAnswers };
}

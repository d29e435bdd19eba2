// Saving one step of the wizard as it is left. The step's own schema checks the answers; the plan's
// version guards against two windows overwriting each other (optimistic locking): a save based on
// an older version is refused as a conflict, with the stored answers to compare.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { hashToken } from '@/lib/security/create-token';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/validation/parse-input';
import type { z } from 'zod';
import { findNetworkPlan, type NetworkPlanView } from '@/lib/wizard/find-network-plan';
import { findStep, stepSchema, stepsOf, type PlanRouteId, type StepAnswers } from '@/lib/wizard/plan-steps';

export type SaveStepOutcome =
  | { kind: 'ok'; version: number; answers: StepAnswers; route: PlanRouteId; totalSteps: number }
  | { kind: 'invalid'; error: z.ZodError }
  | { kind: 'conflict'; plan: NetworkPlanView }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'not-found' };

export async function savePlanStep(
  prisma: Db,
  token: string,
  stepNumber: number,
  input: {
    answers: unknown;
    version: number;
    finish?: boolean;
    /** The answers come from the HTML form, with navigation fields beside them: keep only the step's fields. */
    fromForm?: boolean;
  },
  context: { ip: string },
): Promise<SaveStepOutcome> {
  const plan = await findNetworkPlan(prisma, token);
  const step = plan ? findStep(plan.route, stepNumber) : undefined;
  if (!plan || !step) return { kind: 'not-found' };
  const limit = await hitRateLimit(prisma, 'networkPlanSave', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const given =
    input.fromForm && typeof input.answers === 'object' && input.answers !== null
      ? Object.fromEntries(step.fields.map((field) => [field.name, (input.answers as Record<string, unknown>)[field.name]]))
      : input.answers;
  const parsed = parseInput(stepSchema(step), given);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };
  if (plan.version !== input.version) return { kind: 'conflict', plan };

  const answers = { ...plan.answers, [step.id]: parsed.data };
  const totalSteps = stepsOf(plan.route).length;
  const isLast = stepNumber === totalSteps;
  const updated = await prisma.networkPlan.updateMany({
    where: { token: hashToken(token), version: input.version },
    data: {
      answers: JSON.parse(JSON.stringify(answers)) as Prisma.InputJsonValue,
      ...(stepNumber === 1 ? { title: (parsed.data.title as string | undefined) ?? null } : {}),
      ...(step.id === 'full-3' ? { chosenFormId: (parsed.data.chosenFormId as string | undefined) ?? null } : {}),
      currentStep: stepNumber,
      version: { increment: 1 },
      ...(input.finish && isLast ? { status: 'finished', finishedAt: new Date() } : {}),
    },
  });
  if (updated.count === 0) {
    const current = await findNetworkPlan(prisma, token);
    return current ? { kind: 'conflict', plan: current } : { kind: 'not-found' };
  }
  return { kind: 'ok', version: input.version + 1, answers: parsed.data, route: plan.route, totalSteps };
}

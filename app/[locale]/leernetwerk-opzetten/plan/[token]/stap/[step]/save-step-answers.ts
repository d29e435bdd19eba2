'use server';

import { redirect } from 'next/navigation';
import type { StepActionState } from '@/components/wizard/field-view';
import { db } from '@/lib/db/client';
import { rateLimitMessage } from '@/lib/forms/action-state';
import { toFieldErrors } from '@/lib/forms/outcome';
import { receiveForm } from '@/lib/forms/public-doors';
import { allStepFields } from '@/lib/wizard/plan-steps';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { planPath } from '@/lib/wizard/start-network-plan';

/** Saves a step as it is left, then goes where the pressed button says (next, previous, a step, the plan). */
export async function saveStepAnswers(_previous: StepActionState, formData: FormData): Promise<StepActionState> {
  const { values, context, locale } = await receiveForm(formData, allStepFields());
  const token = String(formData.get('token') ?? '');
  const stepNumber = Number(formData.get('step'));
  const goto = String(formData.get('goto') ?? 'next');
  const outcome = await savePlanStep(
    db(),
    token,
    stepNumber,
    { answers: values, version: Number(formData.get('version')), finish: goto === 'plan', fromForm: true },
    { ip: context.ip },
  );
  switch (outcome.kind) {
    case 'not-found':
      redirect(planPath(token, locale));
    case 'invalid':
      return { status: 'invalid', fieldErrors: toFieldErrors(outcome.error, locale), values };
    case 'conflict':
      return { status: 'conflict', version: outcome.plan.version, values };
    case 'rate-limited':
      return { status: 'rate-limited', message: await rateLimitMessage(locale, outcome.retryAfterSeconds) };
    case 'ok': {
      const target = goto === 'previous' ? stepNumber - 1 : goto === 'next' ? stepNumber + 1 : Number(goto);
      const isStep = Number.isInteger(target) && target >= 1 && target <= outcome.totalSteps;
      redirect(isStep ? planPath(token, locale, target) : planPath(token, locale));
    }
  }
}

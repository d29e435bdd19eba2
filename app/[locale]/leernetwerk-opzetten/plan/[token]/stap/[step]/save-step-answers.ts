'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { StepActionState } from '@/components/wizard/field-view';
import { db } from '@/lib/db/client';
import { rateLimitMessage } from '@/lib/forms/action-state';
import { toFieldErrors } from '@/lib/forms/outcome';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import { ALL_FIELDS_SHAPE } from '@/lib/wizard/plan-steps';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { planPath } from '@/lib/wizard/start-network-plan';

/** Saves a step as it is left, then goes where the pressed button says (next, previous, a step, the plan). */
export async function saveStepAnswers(_previous: StepActionState, formData: FormData): Promise<StepActionState> {
  const locale = asLocale(await getLocale());
  const token = String(formData.get('token') ?? '');
  const stepNumber = Number(formData.get('step'));
  const goto = String(formData.get('goto') ?? 'next');
  const values = readFormData(formData, ALL_FIELDS_SHAPE);
  const outcome = await savePlanStep(
    db(),
    token,
    stepNumber,
    { answers: values, version: Number(formData.get('version')), finish: goto === 'plan', fromForm: true },
    { ip: clientIp(await headers()) },
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

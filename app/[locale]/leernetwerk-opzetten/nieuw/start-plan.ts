'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { rateLimitMessage, type FormActionState } from '@/lib/forms/action-state';
import { toFieldErrors } from '@/lib/forms/outcome';
import { receiveForm } from '@/lib/forms/public-doors';
import { startPlanSchema } from '@/lib/wizard/network-plan-schemas';
import { planPath, startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { localisedPath } from '@/lib/i18n/routing';

/** Starts a plan (with or without JavaScript) and opens its first step. */
export async function startPlan(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { values, context, locale } = await receiveForm(formData, startPlanSchema);
  const outcome = await startNetworkPlan(db(), values, { ...context, appUrl: getEnv().appUrl });
  switch (outcome.kind) {
    case 'invalid':
      return { status: 'invalid', fieldErrors: toFieldErrors(outcome.error, locale), values };
    case 'rate-limited':
      return { status: 'rate-limited', message: await rateLimitMessage(locale, outcome.retryAfterSeconds) };
    case 'spam':
      redirect(localisedPath('/leernetwerk-opzetten', locale));
    case 'ok':
      redirect(planPath(outcome.value!.token, locale, 1));
  }
}

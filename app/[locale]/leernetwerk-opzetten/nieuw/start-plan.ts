'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { rateLimitMessage, type FormActionState } from '@/lib/forms/action-state';
import { toFieldErrors } from '@/lib/forms/outcome';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import { planPath, startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { localisedPath } from '@/lib/i18n/routing';

/** Starts a plan (with or without JavaScript) and opens its first step. */
export async function startPlan(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const locale = asLocale(await getLocale());
  const values = readFormData(formData);
  const outcome = await startNetworkPlan(db(), values, { ip: clientIp(await headers()), locale, appUrl: getEnv().appUrl });
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

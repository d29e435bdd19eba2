'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import type { SupportRequestInput } from '@/lib/wizard/network-plan-schemas';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';

/** The support request form without JavaScript: same operation as POST /api/netwerkplannen/{token}/ondersteuning. */
export async function requestSupport(_previous: FormActionState<SupportRequestInput>, formData: FormData): Promise<FormActionState<SupportRequestInput>> {
  const locale = asLocale(await getLocale());
  const token = String(formData.get('token') ?? '');
  const values = readFormData(formData);
  delete values.token;
  const outcome = await submitSupportRequest(db(), token, values, { ip: clientIp(await headers()), locale });
  if (outcome.kind === 'not-found') return { status: 'idle' };
  return toActionState(outcome, { locale, values, received: () => values as SupportRequestInput });
}

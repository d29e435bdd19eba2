'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { OFFERING_SUBMISSION_FORM_DATA } from '@/lib/catalogue/offering-submission-schema';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

/** "Zelf leeraanbod bijdragen" without JavaScript: same operation as POST /api/offering-submissions. */
export async function submitOffering(_previous: FormActionState<{ title?: string }>, formData: FormData): Promise<FormActionState<{ title?: string }>> {
  const locale = asLocale(await getLocale());
  const values = readFormData(formData, OFFERING_SUBMISSION_FORM_DATA);
  const outcome = await createOfferingSubmission(db(), values, { ip: clientIp(await headers()), locale });
  return toActionState(outcome, { locale, values, received: (created) => ({ title: created?.title ?? (values.title as string | undefined) }) });
}

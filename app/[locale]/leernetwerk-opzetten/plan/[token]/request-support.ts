'use server';

import { db } from '@/lib/db/client';
import type { FormActionState } from '@/lib/forms/action-state';
import { submitFromForm } from '@/lib/forms/public-doors';
import { supportRequestSchema, type SupportRequestInput } from '@/lib/wizard/network-plan-schemas';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';

/** The support request form without JavaScript: same operation as POST /api/netwerkplannen/{token}/ondersteuning. */
export async function requestSupport(_previous: FormActionState<SupportRequestInput>, formData: FormData): Promise<FormActionState<SupportRequestInput>> {
  const token = String(formData.get('token') ?? '');
  formData.delete('token');
  return submitFromForm(formData, supportRequestSchema, (values, context) => submitSupportRequest(db(), token, values, context), (_value, values) => values as SupportRequestInput);
}

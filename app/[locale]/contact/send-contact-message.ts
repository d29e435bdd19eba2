'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import type { ContactMessageInput } from '@/lib/contact/contact-message-schema';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

/** The contact form without JavaScript: same operation as POST /api/contact. */
export async function sendContactMessage(
  _previous: FormActionState<ContactMessageInput>,
  formData: FormData,
): Promise<FormActionState<ContactMessageInput>> {
  const locale = asLocale(await getLocale());
  const values = readFormData(formData);
  const outcome = await submitContactMessage(db(), values, { ip: clientIp(await headers()), locale });
  return toActionState(outcome, { locale, values, received: () => values as ContactMessageInput });
}

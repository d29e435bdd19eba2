'use server';

import { db } from '@/lib/db/client';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import { contactMessageSchema, type ContactMessageInput } from '@/lib/contact/contact-message-schema';
import type { FormActionState } from '@/lib/forms/action-state';
import { submitFromForm } from '@/lib/forms/public-doors';

/** The contact form without JavaScript: same operation as POST /api/contact. */
export async function sendContactMessage(_previous: FormActionState<ContactMessageInput>, formData: FormData): Promise<FormActionState<ContactMessageInput>> {
  return submitFromForm(formData, contactMessageSchema, (values, context) => submitContactMessage(db(), values, context), (_value, values) => values as ContactMessageInput);
}

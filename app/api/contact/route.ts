// POST /api/contact — the contact form with JavaScript (201/400/429).
import { db } from '@/lib/db/client';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import { submissionRoute } from '@/lib/forms/public-doors';

export const POST = submissionRoute((input, context) => submitContactMessage(db(), input, context), () => ({ status: 'received' }));

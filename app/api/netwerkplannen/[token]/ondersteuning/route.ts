import { db } from '@/lib/db/client';
import { submissionRoute } from '@/lib/forms/public-doors';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';

/** A support request from a plan: 201, 400 with issues per field, 404, 429. */
export const POST = submissionRoute<{ id: string; supportLevel: string } | undefined, { token: string }>(
  (input, context, { token }) => submitSupportRequest(db(), token, input, context),
  (value) => ({ status: 'received', supportLevel: value?.supportLevel }),
  { nl: 'Plan', en: 'Plan' },
);

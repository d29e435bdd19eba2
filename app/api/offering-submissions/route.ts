// POST /api/offering-submissions — "Zelf leeraanbod bijdragen" with JavaScript (201/400/429).
import { db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { submissionRoute } from '@/lib/forms/public-doors';

export const POST = submissionRoute(
  (input, context) => createOfferingSubmission(db(), input, context),
  (created) => ({ status: 'received', title: created?.title }),
);

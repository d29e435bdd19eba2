'use server';

import { db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { offeringSubmissionSchema } from '@/lib/catalogue/offering-submission-schema';
import type { FormActionState } from '@/lib/forms/action-state';
import { submitFromForm } from '@/lib/forms/public-doors';

/** "Zelf leeraanbod bijdragen" without JavaScript: same operation as POST /api/offering-submissions. */
export async function submitOffering(_previous: FormActionState<{ title?: string }>, formData: FormData): Promise<FormActionState<{ title?: string }>> {
  return submitFromForm(
    formData,
    offeringSubmissionSchema,
    (values, context) => createOfferingSubmission(db(), values, context),
    (created, values) => ({ title: created?.title ?? (values.title as string | undefined) }),
  );
}

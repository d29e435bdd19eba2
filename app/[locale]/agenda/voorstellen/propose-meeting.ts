'use server';

import { db } from '@/lib/db/client';
import { meetingProposalSchema } from '@/lib/agenda/meeting-proposal-schema';
import { submitMeetingProposal } from '@/lib/agenda/submit-meeting-proposal';
import type { FormActionState } from '@/lib/forms/action-state';
import { submitFromForm } from '@/lib/forms/public-doors';

/** Proposing a meeting without JavaScript: same operation as POST /api/meeting-proposals. */
export async function proposeMeeting(_previous: FormActionState<{ title?: string }>, formData: FormData): Promise<FormActionState<{ title?: string }>> {
  return submitFromForm(
    formData,
    meetingProposalSchema,
    (values, context) => submitMeetingProposal(db(), values, context),
    (created, values) => ({ title: created?.title ?? (values.title as string | undefined) }),
  );
}

// POST /api/meeting-proposals — proposing a meeting for the agenda with JavaScript (201/400/429).
import { db } from '@/lib/db/client';
import { submitMeetingProposal } from '@/lib/agenda/submit-meeting-proposal';
import { submissionRoute } from '@/lib/forms/public-doors';

export const POST = submissionRoute(
  (input, context) => submitMeetingProposal(db(), input, context),
  (created) => ({ status: 'received', title: created?.title }),
);

// A meeting proposed by its organiser through the public form (/agenda/voorstellen, POST
// /api/meeting-proposals): the meeting's content as the import knows it, and who proposes it.
import { z } from 'zod';
import { checkMeetingConsistency, meetingContentShape } from './meeting-record';

/** The organiser proposes; whether it goes ahead is the team's to set. */
const content = Object.fromEntries(Object.entries(meetingContentShape).filter(([key]) => key !== 'status')) as Omit<typeof meetingContentShape, 'status'>;

export const meetingProposalSchema = z
  .object({
    ...content,
    submitterName: z.string().trim().min(2).max(120),
    submitterEmail: z.email().max(254),
    submitterOrganisation: z.string().trim().max(200).optional(),
    message: z.string().trim().max(2000).optional(),
  })
  .superRefine(checkMeetingConsistency);

export type MeetingProposalInput = z.input<typeof meetingProposalSchema>;
export type MeetingProposal = z.output<typeof meetingProposalSchema>;

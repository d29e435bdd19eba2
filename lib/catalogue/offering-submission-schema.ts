// "Zelf leeraanbod bijdragen": an offering proposed by a provider, with who proposes it. Built on
// the same offering content as the import, a little stricter where a person fills it in.
import { z } from 'zod';
import { checkOfferingConsistency, offeringContentShape } from '@/lib/catalogue/offering-record';

export const offeringSubmissionSchema = z
  .object({
    ...offeringContentShape,
    // A person proposing an offering knows its scale and for whom it is.
    scales: offeringContentShape.scales.min(1),
    targetGroups: offeringContentShape.targetGroups.min(1),
    submitterName: z.string().trim().min(2).max(120),
    submitterEmail: z.email().max(254),
    submitterOrganisation: z.string().trim().max(200).optional(),
    message: z.string().trim().max(2000).optional(),
  })
  .superRefine(checkOfferingConsistency);

export type OfferingSubmissionInput = z.input<typeof offeringSubmissionSchema>;
export type OfferingSubmission = z.output<typeof offeringSubmissionSchema>;

/** How the form's fields arrive without JavaScript (lib/forms/read-form-data). */
export const OFFERING_SUBMISSION_FORM_DATA = {
  lists: ['themes', 'scales', 'provinces', 'targetGroups', 'levels'],
  booleans: ['openToJoin'],
  numbers: ['capacity', 'participants'],
} as const;

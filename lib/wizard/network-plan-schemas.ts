// Schemas of the wizard's two public forms besides the steps: starting a plan and asking the
// coordination team for support. Shared by the forms and the server.
import { z } from 'zod';

const MARKUP = /<\s*[a-zA-Z!/?]/;
const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(max).refine((value) => !MARKUP.test(value), { error: 'unsafeText' }).optional(),
  );

export const startPlanSchema = z.object({
  route: z.enum(['light', 'full']),
  contactName: optionalText(120),
  contactEmail: z.preprocess((value) => (value === '' ? undefined : value), z.email().max(254).optional()),
  /** Token of the learning question to start from (?leervraag=…). */
  leervraag: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(100).optional()),
});
export type StartPlanInput = z.input<typeof startPlanSchema>;

/** The three levels of support (ondersteuning), ids as in support_levels. */
export const SUPPORT_LEVEL_IDS = ['help-do-it-yourself', 'help-organise', 'take-over'] as const;

export const supportRequestSchema = z.object({
  supportLevel: z.enum(SUPPORT_LEVEL_IDS),
  contactName: z.string().trim().min(2).max(120).refine((value) => !MARKUP.test(value), { error: 'unsafeText' }),
  contactEmail: z.email().max(254),
  organisation: optionalText(200),
  message: optionalText(4000),
});
export type SupportRequestInput = z.input<typeof supportRequestSchema>;

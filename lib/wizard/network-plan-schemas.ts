// Schemas of the wizard's two public forms besides the steps: starting a plan and asking the
// coordination team for support. Shared by the forms and the server.
import { z } from 'zod';
import { LOOKS_LIKE_MARKUP } from '@/lib/wizard/plan-steps';

const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().trim().max(max).refine((value) => !LOOKS_LIKE_MARKUP.test(value), { error: 'unsafeText' }).optional(),
  );

/** An unanswered radio group arrives as null (react-hook-form) or "" (HTML form): "required". */
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((value) => (value === null || value === '' ? undefined : value), z.enum(values));

export const startPlanSchema = z.object({
  route: choice(['light', 'full'] as const),
  contactName: optionalText(120),
  contactEmail: z.preprocess((value) => (value === '' ? undefined : value), z.email().max(254).optional()),
  /** Token of the learning question to start from (?leervraag=…). */
  leervraag: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(100).optional()),
});
export type StartPlanInput = z.input<typeof startPlanSchema>;

/** The three levels of support (ondersteuning), ids as in support_levels. */
export const SUPPORT_LEVEL_IDS = ['help-do-it-yourself', 'help-organise', 'take-over'] as const;

export const supportRequestSchema = z.object({
  supportLevel: choice(SUPPORT_LEVEL_IDS),
  contactName: z.string().trim().min(2).max(120).refine((value) => !LOOKS_LIKE_MARKUP.test(value), { error: 'unsafeText' }),
  contactEmail: z.email().max(254),
  organisation: optionalText(200),
  message: optionalText(4000),
});
export type SupportRequestInput = z.input<typeof supportRequestSchema>;

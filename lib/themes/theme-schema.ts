// What the coordination team enters for a theme of the learning agenda (/beheer/leeragenda): one
// schema for the form and the server. A theme's id is its slug and never changes (offerings and
// questions refer to it); renaming changes its names.
import { z } from 'zod';
import { optional, uniqueList } from '@/lib/catalogue/offering-record';
import { themeIdSchema } from './theme-id';

/** The groups of the learning question form (question-form-options.ts). */
export const THEME_DOMAINS = ['liveability-safety', 'social-domain', 'youth', 'care', 'health', 'work-income', 'cross-cutting'] as const;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const checkbox = z.preprocess((value) => value === true || value === 'true' || value === 'on', z.boolean());

export const themeContentSchema = z
  .object({
    nameNl: text(3, 120),
    nameEn: text(3, 120),
    descriptionNl: text(10, 2000),
    descriptionEn: text(10, 2000),
    domain: z.enum(THEME_DOMAINS),
    relatedThemeIds: z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), uniqueList(themeIdSchema).max(10)),
    isGapTheme: checkbox,
    gapReasonNl: optional(text(10, 1000)),
    gapReasonEn: optional(text(10, 1000)),
  })
  // A gap theme (lacune) says why it is one, in Dutch at least.
  .refine((value) => !value.isGapTheme || Boolean(value.gapReasonNl), { path: ['gapReasonNl'], error: 'required', when: () => true });

export const newThemeSchema = themeContentSchema.and(z.object({ id: themeIdSchema }));

export type ThemeContent = z.output<typeof themeContentSchema>;
export type NewTheme = z.output<typeof newThemeSchema>;

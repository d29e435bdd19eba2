// Ids of the reference data, read from the seed files so that the zod schemas, the seed and the
// database agree. Adding a theme or learning form means adding it to prisma/seed/ and seeding.
import themes from '@/prisma/seed/themes.json' with { type: 'json' };
import learningForms from '@/prisma/seed/learning-forms.json' with { type: 'json' };
import type { Intensity } from '@/lib/reference/vocabularies';

export const THEME_IDS = themes.map((theme) => theme.id) as [string, ...string[]];
export const LEARNING_FORM_IDS = learningForms.forms.map((form) => form.id) as [string, ...string[]];

/** A learning form's intensity is its group in the menukaart (light / intensive / system). */
export const FORM_INTENSITY: Record<string, Intensity> = Object.fromEntries(
  learningForms.forms.map((form) => [form.id, form.intensity as Intensity]),
);

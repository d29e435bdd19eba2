// A knowledge product's content: one zod schema for the proposal form, the team's edit form and the
// seed file. Paragraphs of the body are separated by a blank line.
import { z } from 'zod';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { themeIdSchema } from '@/lib/themes/theme-id';
import { TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { calendarDay } from '@/lib/validation/calendar-day';
import { KNOWLEDGE_KINDS, KNOWLEDGE_LANGUAGES } from './knowledge-vocabularies';

/** An optional text: empty counts as not given. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

const list = <T extends readonly [string, ...string[]]>(values: T, max: number) =>
  z
    .array(z.enum(values))
    .max(max)
    .default([])
    .transform((items) => [...new Set(items)]);

export const knowledgeContentShape = {
  title: z.string().trim().min(3).max(200),
  kind: z.enum(KNOWLEDGE_KINDS),
  summary: z.string().trim().min(10).max(600),
  body: optionalText(20_000),
  // Well-formed ids here; the server checks them against the learning agenda (decision 0120).
  themes: z.array(themeIdSchema).max(10).default([]).transform((items) => [...new Set(items)]).pipe(z.array(z.string()).min(1)),
  targetGroups: list(TARGET_GROUPS, TARGET_GROUPS.length),
  learningForms: list(LEARNING_FORM_IDS, LEARNING_FORM_IDS.length),
  authors: optionalText(300),
  organisation: optionalText(200),
  publishedOn: optionalText(10).pipe(calendarDay().optional()),
  language: z.enum(KNOWLEDGE_LANGUAGES).default('nl'),
  url: optionalText(500).pipe(z.url({ protocol: /^https?$/ }).optional()),
  practiceProblem: optionalText(3000),
  practiceAudience: optionalText(3000),
  practiceApproach: optionalText(3000),
  practiceResults: optionalText(3000),
  practiceLessons: optionalText(3000),
  practiceConditions: optionalText(3000),
  practiceContact: optionalText(300),
};

export const knowledgeContentSchema = z.object(knowledgeContentShape);
export type KnowledgeContent = z.output<typeof knowledgeContentSchema>;
export type KnowledgeContentInput = z.input<typeof knowledgeContentSchema>;

/** The body's paragraphs (blank-line separated). */
export function bodyParagraphs(body: string | null | undefined): string[] {
  return (body ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

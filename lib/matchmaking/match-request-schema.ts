// The learning need as the matchmaking engine takes it: the body of POST /api/match, and the core of
// the learning question form (leervraag). One zod schema for the API, the form and the server.
import { z } from 'zod';
import { optional, uniqueList } from '@/lib/catalogue/offering-record';
import { LEARNING_FORM_IDS } from '@/lib/reference/ids';
import { themeIdSchema } from '@/lib/themes/theme-id';
import {
  DISCIPLINARITIES,
  INTENSITIES,
  LEARNING_GOALS,
  LEARNING_LEVELS,
  PROVINCES,
  QUESTION_SCALES,
  TARGET_GROUPS,
} from '@/lib/reference/vocabularies';
import { calendarDay } from '@/lib/validation/calendar-day';

/** Sectors a question may want to learn with; lower-case slugs like the catalogue's `sectors`. */
export const QUESTION_SECTORS = ['care', 'welfare', 'housing', 'safety', 'education', 'youth', 'work-income', 'government'] as const;

export const matchRequestShape = {
  question: z.string().trim().min(10).max(3000),
  /** Empty or missing in POST /api/match: the themes are suggested from the question's words (suggest-themes.ts). */
  themes: uniqueList(themeIdSchema).max(10).default([]),
  targetGroups: uniqueList(z.enum(TARGET_GROUPS)).min(1),
  scale: z.enum(QUESTION_SCALES),
  province: optional(z.enum(PROVINCES)),
  municipality: optional(z.string().trim().min(2).max(100)),
  /** With whom (check 2): one sector is sectoral learning, several intersectoral. */
  sectors: optional(uniqueList(z.enum(QUESTION_SECTORS))),
  levels: optional(uniqueList(z.enum(LEARNING_LEVELS))),
  disciplinarity: optional(z.enum(DISCIPLINARITIES)),
  learningGoal: optional(z.enum(LEARNING_GOALS)),
  preferredForms: optional(uniqueList(z.enum(LEARNING_FORM_IDS)).max(9)),
  /** How intensively (check 3), compared with the group of the offering's learning form in the menukaart. */
  intensity: optional(z.enum(INTENSITIES)),
  /** From when (check 3), compared with the offering's period: YYYY-MM-DD. */
  startFrom: optional(calendarDay()),
  groupSize: optional(z.number().int().min(1).max(1000)),
};

/** POST /api/match: the stable contract. Unknown fields are refused. */
export const matchRequestSchema = z.strictObject(matchRequestShape);

export type MatchRequestInput = z.input<typeof matchRequestSchema>;
export type MatchRequest = z.output<typeof matchRequestSchema>;

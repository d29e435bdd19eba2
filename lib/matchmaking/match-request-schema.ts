// The learning need as the matchmaking engine takes it: the body of POST /api/match, and the core of
// the learning question form (leervraag). One zod schema for the API, the form and the server.
import { z } from 'zod';
import { optional, uniqueList } from '@/lib/catalogue/offering-record';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import {
  DISCIPLINARITIES,
  LEARNING_GOALS,
  LEARNING_LEVELS,
  PROVINCES,
  QUESTION_SCALES,
  TARGET_GROUPS,
} from '@/lib/reference/vocabularies';

export const matchRequestShape = {
  question: z.string().trim().min(10).max(3000),
  themes: uniqueList(z.enum(THEME_IDS)).min(1).max(10),
  targetGroups: uniqueList(z.enum(TARGET_GROUPS)).min(1),
  scale: z.enum(QUESTION_SCALES),
  province: optional(z.enum(PROVINCES)),
  municipality: optional(z.string().trim().min(2).max(100)),
  levels: optional(uniqueList(z.enum(LEARNING_LEVELS))),
  disciplinarity: optional(z.enum(DISCIPLINARITIES)),
  learningGoal: optional(z.enum(LEARNING_GOALS)),
  preferredForms: optional(uniqueList(z.enum(LEARNING_FORM_IDS)).max(9)),
  groupSize: optional(z.number().int().min(1).max(1000)),
};

/** POST /api/match: the stable contract. Unknown fields are refused. */
export const matchRequestSchema = z.strictObject(matchRequestShape);

export type MatchRequestInput = z.input<typeof matchRequestSchema>;
export type MatchRequest = z.output<typeof matchRequestSchema>;

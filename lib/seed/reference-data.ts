// Shapes of the reference-data seed files in prisma/seed/ (themes, menukaart, setup steps).
import { z } from 'zod';
import { DISCIPLINARITIES, INTENSITIES, LEARNING_LEVELS, SCALES } from '@/lib/reference/vocabularies';

const nonEmpty = z.string().trim().min(1);

/** The sources a theme can come from: the advice (seed 000), NJi (001), LISO (002), the L&V learning agenda page (003), the WSD report (004). */
export const THEME_SOURCES = ['advice-2021', 'nji-2021', 'liso', 'leeragenda-2020', 'wsd-2019'] as const;

export const themesFileSchema = z.array(
  z.strictObject({
    id: nonEmpty,
    nameNl: nonEmpty,
    nameEn: nonEmpty,
    descriptionNl: nonEmpty,
    descriptionEn: nonEmpty,
    isGapTheme: z.boolean(),
    domain: nonEmpty,
    relatedThemeIds: z.array(nonEmpty),
    /** Other Dutch words for the theme in the sources (domain nl_variants): used to suggest themes for a question. */
    relatedWordsNl: z.array(nonEmpty),
    /** Which sources name the theme; only the five gap themes come from the L&V learning agenda (leeragenda-2020, seed 003). */
    sources: z.array(z.enum(THEME_SOURCES)).min(1),
  }),
);

export const learningFormsFileSchema = z.strictObject({
  categories: z.array(
    z.strictObject({
      id: nonEmpty,
      nameNl: nonEmpty,
      nameEn: nonEmpty,
      intensity: z.enum(INTENSITIES),
      descriptionNl: nonEmpty,
      descriptionEn: nonEmpty,
    }),
  ),
  forms: z.array(
    z.strictObject({
      id: nonEmpty,
      categoryId: nonEmpty,
      intensity: z.enum(INTENSITIES),
      nameNl: nonEmpty,
      nameEn: nonEmpty,
      goalNl: nonEmpty,
      goalEn: nonEmpty,
      descriptionNl: nonEmpty,
      descriptionEn: nonEmpty,
      learningLevels: z.array(z.enum(LEARNING_LEVELS)).min(1),
      disciplinarity: z.array(z.enum(DISCIPLINARITIES)).min(1),
      scales: z.array(z.enum(SCALES)).min(1),
    }),
  ),
});

export const setupStepsFileSchema = z.strictObject({
  phases: z.array(
    z.strictObject({
      id: nonEmpty,
      number: z.number().int(),
      nameNl: nonEmpty,
      nameEn: nonEmpty,
      descriptionNl: nonEmpty,
      descriptionEn: nonEmpty,
    }),
  ),
  steps: z.array(
    z.strictObject({
      number: z.number().int().min(1).max(10),
      phaseId: nonEmpty,
      keyWord: z.string().nullable(),
      titleNl: nonEmpty,
      titleEn: nonEmpty,
      guidingQuestionsNl: z.array(nonEmpty),
      guidingQuestionsEn: z.array(nonEmpty),
      guidanceNl: z.array(nonEmpty),
      guidanceEn: z.array(nonEmpty),
      rulesOfThumb: z.record(z.string(), z.unknown()).nullable(),
      /** Parts A–D of a step as the advice names them (step 2), each over the next `questionCount` guiding questions. */
      parts: z.array(z.strictObject({ letter: nonEmpty, titleNl: nonEmpty, titleEn: nonEmpty, questionCount: z.number().int().min(1) })).optional(),
    }),
  ),
  lightSteps: z.array(
    z.strictObject({
      number: z.number().int().min(1).max(5),
      titleNl: nonEmpty,
      titleEn: nonEmpty,
      tipsNl: z.array(nonEmpty),
      tipsEn: z.array(nonEmpty),
      /** The light route's own rule of thumb (step 2: 5 to 20 people). */
      rulesOfThumb: z.strictObject({ groupSizeMin: z.number().int(), groupSizeMax: z.number().int() }).optional(),
    }),
  ),
  supportLevels: z.array(
    z.strictObject({
      id: nonEmpty,
      level: z.number().int(),
      nameNl: nonEmpty,
      nameEn: nonEmpty,
      descriptionNl: nonEmpty,
      descriptionEn: nonEmpty,
    }),
  ),
});

export const organisationsFileSchema = z.array(
  z.strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: nonEmpty,
    kind: nonEmpty,
    descriptionNl: z.string().nullable(),
    url: z.string().nullable(),
    scales: z.array(z.enum(SCALES)),
  }),
);

// The steps of the setup wizard (leernetwerk opzetten) and the fields each asks for. One list of
// field descriptions gives both the form and the step's zod schema, so browser and server check the
// same rules. Pure: no database, usable on the client.
import { z } from 'zod';
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { calendarDay, todayInNetherlands } from '@/lib/validation/calendar-day';
import { SETUP_PHASES } from '@/lib/wizard/setup-rules';
import {
  DISCIPLINARITIES,
  INTENSITIES,
  LEARNING_GOALS,
  LEARNING_LEVELS,
  PROVINCES,
  QUESTION_SCALES,
  TARGET_GROUPS,
} from '@/lib/reference/vocabularies';
import { themeIdSchema } from '@/lib/themes/theme-id';

export type PlanRouteId = 'light' | 'full';

/** Perspectives a learning network needs at the table (step 2A). */
export const PERSPECTIVES = ['municipality', 'organisations', 'knowledge-institution', 'residents', 'clients', 'other'] as const;
/** Roles that must be filled (step 2B). */
export const NETWORK_ROLES = ['organiser', 'sponsor', 'developer-facilitator'] as const;
/** The three conditions a participant group meets (willen, kunnen, mogen). */
export const PARTICIPANT_CONDITIONS = ['willen', 'kunnen', 'mogen'] as const;
/** The step-2 field with the conditions one participant group meets, e.g. "conditions-residents". */
export function participantConditionsField(perspective: (typeof PERSPECTIVES)[number]): string {
  return `conditions-${perspective}`;
}
/** Facilitator roles (step 5). */
export const FACILITATOR_ROLES = ['content-expert', 'process-facilitator', 'organisation-adviser'] as const;
export const RESULT_CHANNELS = ['management', 'journals', 'newsletters', 'courses', 'trainings', 'other-networks'] as const;
export const URGENCIES = ['low', 'medium', 'high'] as const;
export const THEME_DURABILITY = ['lasting', 'temporary', 'unknown'] as const;
export const GROUP_COMPOSITIONS = ['peers', 'mixed'] as const;

type Options = readonly [string, ...string[]];

/** Where an option list's labels live: "vocab.<key>" for shared vocabularies, "wizard.options.<key>" otherwise. */
export type FieldDescription =
  | { name: string; kind: 'text' | 'textarea'; max: number; min?: number; required?: boolean }
  | { name: string; kind: 'number'; min: number; max: number }
  | { name: string; kind: 'date'; future: true }
  | { name: string; kind: 'checkboxes'; options: Options; labels: string; max?: number }
  | { name: string; kind: 'radio' | 'select'; options: Options; labels: string };

export interface StepDefinition {
  /** "full-1" … "full-10", "light-1" … "light-5", as in setup_steps. */
  id: string;
  route: PlanRouteId;
  number: number;
  phaseId?: string;
  fields: readonly FieldDescription[];
}

const title: FieldDescription = { name: 'title', kind: 'text', min: 3, max: 200, required: true };
// The themes' options are the learning agenda's offered themes, read per request (buildFieldViews); the schema checks their form.
const themes: FieldDescription = { name: 'themes', kind: 'checkboxes', options: THEME_IDS, labels: 'themes', max: 5 };
const groupSize: FieldDescription = { name: 'groupSize', kind: 'number', min: 2, max: 500 };
const perspectives: FieldDescription = { name: 'perspectives', kind: 'checkboxes', options: PERSPECTIVES, labels: 'perspectives' };
const long = (name: string): FieldDescription => ({ name, kind: 'textarea', max: 4000 });

export const FULL_STEPS: readonly StepDefinition[] = [
  {
    id: 'full-1',
    route: 'full',
    number: 1,
    phaseId: 'preparation',
    fields: [
      title,
      themes,
      long('mainQuestions'),
      { name: 'learningGoal', kind: 'radio', options: LEARNING_GOALS, labels: 'learningGoals' },
      { name: 'urgency', kind: 'radio', options: URGENCIES, labels: 'urgencies' },
      long('ambition'),
      { name: 'themeDurability', kind: 'radio', options: THEME_DURABILITY, labels: 'themeDurability' },
    ],
  },
  {
    id: 'full-2',
    route: 'full',
    number: 2,
    phaseId: 'preparation',
    fields: [
      perspectives,
      { name: 'targetGroups', kind: 'checkboxes', options: TARGET_GROUPS, labels: 'targetGroups' },
      groupSize,
      { name: 'groupComposition', kind: 'radio', options: GROUP_COMPOSITIONS, labels: 'groupCompositions' },
      // The willen/kunnen/mogen check, per participant group.
      ...PERSPECTIVES.map((perspective): FieldDescription => ({ name: participantConditionsField(perspective), kind: 'checkboxes', options: PARTICIPANT_CONDITIONS, labels: 'participantConditions' })),
      { name: 'organiser', kind: 'text', max: 200 },
      { name: 'sponsor', kind: 'text', max: 200 },
      { name: 'developerFacilitator', kind: 'text', max: 200 },
      long('existingNetworks'),
      long('knowledgeOrganisations'),
    ],
  },
  {
    id: 'full-3',
    route: 'full',
    number: 3,
    phaseId: 'preparation',
    fields: [
      { name: 'intensity', kind: 'radio', options: INTENSITIES, labels: 'intensities' },
      { name: 'levels', kind: 'checkboxes', options: LEARNING_LEVELS, labels: 'learningLevels' },
      { name: 'disciplinarity', kind: 'radio', options: DISCIPLINARITIES, labels: 'disciplinarity' },
      { name: 'chosenFormId', kind: 'radio', options: LEARNING_FORM_IDS, labels: 'learningForms' },
    ],
  },
  {
    id: 'full-4',
    route: 'full',
    number: 4,
    phaseId: 'preparation',
    fields: [
      { name: 'scale', kind: 'radio', options: QUESTION_SCALES, labels: 'scales' },
      { name: 'province', kind: 'select', options: PROVINCES, labels: 'provinces' },
      { name: 'area', kind: 'text', max: 200 },
      long('scaleFocus'),
    ],
  },
  {
    id: 'full-5',
    route: 'full',
    number: 5,
    phaseId: 'development-execution',
    fields: [
      { name: 'facilitatorCount', kind: 'number', min: 1, max: 10 },
      { name: 'facilitatorRoles', kind: 'checkboxes', options: FACILITATOR_ROLES, labels: 'facilitatorRoles' },
      long('facilitators'),
    ],
  },
  { id: 'full-6', route: 'full', number: 6, phaseId: 'development-execution', fields: [long('ownership')] },
  { id: 'full-7', route: 'full', number: 7, phaseId: 'development-execution', fields: [long('actReflect'), long('monitoring')] },
  {
    id: 'full-8',
    route: 'full',
    number: 8,
    phaseId: 'development-execution',
    fields: [
      { name: 'durationMonths', kind: 'number', min: 1, max: 120 },
      { name: 'intervalWeeks', kind: 'number', min: 1, max: 52 },
      { name: 'startDate', kind: 'date', future: true },
      long('newBehaviour'),
    ],
  },
  { id: 'full-9', route: 'full', number: 9, phaseId: 'securing-spreading', fields: [long('embedding')] },
  {
    id: 'full-10',
    route: 'full',
    number: 10,
    phaseId: 'securing-spreading',
    fields: [{ name: 'channels', kind: 'checkboxes', options: RESULT_CHANNELS, labels: 'channels' }, long('results')],
  },
];

export const LIGHT_STEPS: readonly StepDefinition[] = [
  { id: 'light-1', route: 'light', number: 1, fields: [title, themes, long('why')] },
  { id: 'light-2', route: 'light', number: 2, fields: [perspectives, groupSize, long('withWhom')] },
  { id: 'light-3', route: 'light', number: 3, fields: [long('invitees'), long('invitation')] },
  {
    id: 'light-4',
    route: 'light',
    number: 4,
    fields: [{ name: 'meetingDate', kind: 'date', future: true }, { name: 'meetingPlace', kind: 'text', max: 200 }, long('agenda')],
  },
  { id: 'light-5', route: 'light', number: 5, fields: [long('followUp')] },
];

export const PHASES = SETUP_PHASES.map((phase) => ({
  id: phase.id,
  number: phase.number,
  steps: FULL_STEPS.filter((step) => step.phaseId === phase.id).map((step) => step.number),
}));

export function stepsOf(route: PlanRouteId): readonly StepDefinition[] {
  return route === 'full' ? FULL_STEPS : LIGHT_STEPS;
}

export function findStep(route: PlanRouteId, number: number): StepDefinition | undefined {
  return stepsOf(route).find((step) => step.number === number);
}

// ───────────── schemas ─────────────

/** Looks like markup: "<script", "</b>", "<!--", "<img". A "<" before a space ("a < b") stays allowed, as browsers read no tag there. */
export const LOOKS_LIKE_MARKUP = /<[a-zA-Z!/?]/;

function emptyToUndefined(value: unknown) {
  if (value === null || value === '') return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

export { todayInNetherlands };

function fieldSchema(field: FieldDescription): z.ZodType {
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const text = z
        .string()
        .trim()
        .min(field.min ?? 1)
        .max(field.max)
        .refine((value) => !LOOKS_LIKE_MARKUP.test(value), { error: 'unsafeText' });
      return field.required ? text : z.preprocess(emptyToUndefined, text.optional());
    }
    case 'number':
      return z.preprocess(
        (value) => {
          const given = emptyToUndefined(value);
          return typeof given === 'string' ? Number(given) : given;
        },
        z.number().int().min(field.min).max(field.max).optional(),
      );
    case 'date':
      return z.preprocess(
        emptyToUndefined,
        calendarDay()
          .refine((value) => value >= todayInNetherlands(), { error: 'dateInPast' })
          .optional(),
      );
    case 'checkboxes': {
      const item = field.labels === 'themes' ? themeIdSchema : z.enum(field.options);
      const list = z.array(item).refine((values) => new Set(values).size === values.length, { error: 'duplicate' });
      return z.preprocess((value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]), field.max ? list.max(field.max) : list);
    }
    case 'radio':
    case 'select':
      return z.preprocess(emptyToUndefined, z.enum(field.options).optional());
  }
}

const schemaCache = new Map<string, z.ZodObject>();

/** The zod schema of one step's answers: strict, so unknown fields are refused. */
export function stepSchema(step: StepDefinition): z.ZodObject {
  let schema = schemaCache.get(step.id);
  if (!schema) {
    schema = z.strictObject(Object.fromEntries(step.fields.map((field) => [field.name, fieldSchema(field)])));
    schemaCache.set(step.id, schema);
  }
  return schema;
}

export type StepAnswers = Record<string, unknown>;
/** All answers of a plan: { "full-1": { title, themes, … }, … }. */
export type PlanAnswers = Record<string, StepAnswers | undefined>;

/** A step counts as filled when at least one of its fields has a value. */
export function isStepFilled(answers: StepAnswers | undefined): boolean {
  if (!answers) return false;
  return Object.values(answers).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== ''));
}

/** The fields of a step that are still empty (open points of the plan). */
export function emptyFields(step: StepDefinition, answers: StepAnswers | undefined): string[] {
  return step.fields
    .map((field) => field.name)
    .filter((name) => {
      const value = answers?.[name];
      return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    });
}

/** Every field of both routes, so a step's form can be read before its step is known (readFormData). */
export function allStepFields(): z.ZodObject {
  return z.object(Object.assign({}, ...[...FULL_STEPS, ...LIGHT_STEPS].map((step) => stepSchema(step).shape)));
}

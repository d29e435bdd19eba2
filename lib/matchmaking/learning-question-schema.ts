// The learning question (leervraag) as the /leervraag form asks it, in five dimensions (wat, met wie,
// hoe, waar, vanaf wanneer) plus contact and consent. One zod schema for the form and the server; its
// core is the matchmaking request (sectors, intensity and start included: the engine compares them),
// so a stored question can be matched as it is. It asks nothing that neither the engine nor the
// coordination team uses.
import { z } from 'zod';
import { optional, uniqueList } from '@/lib/catalogue/offering-record';
import { themeIdSchema } from '@/lib/themes/theme-id';
import { matchRequestShape } from '@/lib/matchmaking/match-request-schema';

export { QUESTION_SECTORS } from '@/lib/matchmaking/match-request-schema';

/** Who asks (vraagsteller). */
export const ASKER_TYPES = ['organisation', 'department', 'team', 'residents-collective'] as const;

/** A refinement that runs despite other issues still needs an object to look into. */
function isObjectInput(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value);
}

const text = (max: number) => optional(z.string().trim().min(2).max(max));

export const learningQuestionSchema = z
  .strictObject({
    ...matchRequestShape,
    // wat: the question first, then the themes suggested from it (a stored question has its themes)
    themes: uniqueList(themeIdSchema).min(1).max(10),
    urgency: text(2000),
    // met wie
    perspectives: text(2000),
    // contact
    askerType: optional(z.enum(ASKER_TYPES)),
    organisation: text(200),
    contactName: z.string().trim().min(2).max(120),
    contactEmail: z.email().max(254),
    consentContact: z.boolean().refine((value) => value, { error: 'mustAccept' }),
    consentConnect: z.boolean().default(false),
  })
  // A local or regional question needs its province, a local one its municipality. These run even
  // when other fields are still invalid, so the form can check the "waar" step on its own — but
  // only on an object (a JSON body of null or a number would otherwise be read as one).
  .refine((value) => !['local', 'regional'].includes(value.scale) || Boolean(value.province), { path: ['province'], error: 'required', when: isObjectInput })
  .refine((value) => value.scale !== 'local' || Boolean(value.municipality), { path: ['municipality'], error: 'required', when: isObjectInput });

export type LearningQuestionInput = z.input<typeof learningQuestionSchema>;
export type LearningQuestion = z.output<typeof learningQuestionSchema>;

/** The steps of the form and their fields, in order (the form validates one step at a time). */
export const QUESTION_STEPS = [
  { id: 'what', fields: ['question', 'urgency'] },
  { id: 'themes', fields: ['themes'] },
  { id: 'withWhom', fields: ['targetGroups', 'perspectives', 'sectors', 'levels', 'disciplinarity', 'groupSize'] },
  { id: 'how', fields: ['learningGoal', 'preferredForms', 'intensity'] },
  { id: 'where', fields: ['scale', 'province', 'municipality'] },
  { id: 'when', fields: ['startFrom'] },
  { id: 'contact', fields: ['askerType', 'organisation', 'contactName', 'contactEmail', 'consentContact', 'consentConnect'] },
] as const satisfies readonly { id: string; fields: readonly (keyof LearningQuestionInput)[] }[];

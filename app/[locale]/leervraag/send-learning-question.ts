'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { toFieldErrors } from '@/lib/forms/outcome';
import { receiveForm } from '@/lib/forms/public-doors';
import { learningQuestionSchema } from '@/lib/matchmaking/learning-question-schema';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { parseInput } from '@/lib/validation/parse-input';
import { suggestAgendaThemes } from '@/lib/matchmaking/match-question';
import { loadThemes } from '@/lib/themes/load-themes';

/** Without JavaScript, a question sent without themes comes back with the suggested themes ticked. */
export type LearningQuestionActionState = FormActionState<null> & { suggestedThemes?: string[] };

/**
 * The learning question form without JavaScript: same operation as POST /api/learning-questions.
 * The question comes first: sent without themes, nothing is stored yet; the form comes back with the
 * themes suggested from its words ticked (and any other field errors), to check and send again.
 */
export async function sendLearningQuestion(_previous: LearningQuestionActionState, formData: FormData): Promise<LearningQuestionActionState> {
  const { values, context, locale } = await receiveForm(formData, learningQuestionSchema);
  const question = typeof values.question === 'string' ? values.question.trim() : '';
  if (Array.isArray(values.themes) && values.themes.length === 0 && question.length >= 10) {
    const suggestedThemes = suggestAgendaThemes(await loadThemes(db()), question);
    const withThemes: Record<string, unknown> = { ...values, themes: suggestedThemes };
    const checked = Object.fromEntries(Object.entries(withThemes).filter(([key]) => key !== 'website'));
    const parsed = parseInput(learningQuestionSchema, checked);
    return { status: 'invalid', fieldErrors: parsed.success ? {} : toFieldErrors(parsed.error, locale), values: withThemes, suggestedThemes };
  }
  const outcome = await submitLearningQuestion(db(), values, context);
  if (outcome.kind === 'ok') redirect(outcome.value.path);
  return toActionState(outcome, { locale, values, received: () => null });
}

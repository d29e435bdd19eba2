'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { receiveForm } from '@/lib/forms/public-doors';
import { learningQuestionSchema } from '@/lib/matchmaking/learning-question-schema';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';

/** The learning question form without JavaScript: same operation as POST /api/learning-questions. */
export async function sendLearningQuestion(_previous: FormActionState<null>, formData: FormData): Promise<FormActionState<null>> {
  const { values, context, locale } = await receiveForm(formData, learningQuestionSchema);
  const outcome = await submitLearningQuestion(db(), values, context);
  if (outcome.kind === 'ok') redirect(outcome.value.path);
  return toActionState(outcome, { locale, values, received: () => null });
}

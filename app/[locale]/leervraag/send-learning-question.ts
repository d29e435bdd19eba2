'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { readFormData } from '@/lib/forms/read-form-data';
import { asLocale } from '@/lib/i18n/translate';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { clientIp } from '@/lib/security/client-ip';

const SHAPE = {
  lists: ['themes', 'targetGroups', 'sectors', 'levels', 'preferredForms'],
  booleans: ['consentContact', 'consentConnect'],
  numbers: ['groupSize'],
} as const;

/** The learning question form without JavaScript: same operation as POST /api/learning-questions. */
export async function sendLearningQuestion(_previous: FormActionState<null>, formData: FormData): Promise<FormActionState<null>> {
  const locale = asLocale(await getLocale());
  const values = readFormData(formData, SHAPE);
  const outcome = await submitLearningQuestion(db(), values, { ip: clientIp(await headers()), locale });
  if (outcome.kind === 'ok') redirect(outcome.value.path);
  return toActionState(outcome, { locale, values, received: () => null });
}

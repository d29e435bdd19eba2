'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { resultPath } from '@/lib/matchmaking/submit-learning-question';
import { deletedPath } from '@/lib/privacy/deleted-path';
import { deleteLearningQuestion } from '@/lib/privacy/delete-learning-question';
import { withdrawConnectConsent } from '@/lib/privacy/withdraw-connect-consent';

/** "Toestemming intrekken" on the result page (a plain form: works without JavaScript). */
export async function withdrawConsent(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const locale = asLocale(await getLocale());
  await withdrawConnectConsent(db(), token);
  redirect(`${resultPath(token, locale)}#je-gegevens`);
}

/** "Ja, verwijder alles" on the confirm page: same operation as DELETE /api/learning-questions/<token>. */
export async function deleteQuestion(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const locale = asLocale(await getLocale());
  const outcome = await deleteLearningQuestion(db(), token);
  // An unknown link goes to its page, which answers 404.
  redirect(outcome === 'deleted' ? deletedPath(locale) : resultPath(token, locale));
}

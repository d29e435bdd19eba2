'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { deletedPath } from '@/lib/privacy/deleted-path';
import { deleteNetworkPlan } from '@/lib/privacy/delete-network-plan';
import { planPath } from '@/lib/wizard/start-network-plan';

/** "Ja, verwijder alles" on the plan's confirm page: same operation as DELETE /api/netwerkplannen/<token>. */
export async function deletePlan(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const locale = asLocale(await getLocale());
  const outcome = await deleteNetworkPlan(db(), token);
  redirect(outcome === 'deleted' ? deletedPath(locale) : planPath(token, locale));
}

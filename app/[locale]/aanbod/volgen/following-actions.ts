'use server';

import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { confirmFollowing, unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';

/** The button on the confirmation page (POST): a mail scanner that opens the link confirms nothing. */
export async function confirmFollowingAction(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const ok = await confirmFollowing(db(), token);
  redirect({ href: ok ? '/aanbod/volgen/bevestigd' : `/aanbod/volgen/bevestigen/${encodeURIComponent(token)}`, locale: asLocale(await getLocale()) });
}

/** The button on the unsubscribe page (POST). */
export async function unsubscribeFollowingAction(formData: FormData): Promise<void> {
  await unsubscribeFollowing(db(), String(formData.get('token') ?? ''));
  redirect({ href: '/aanbod/volgen/afgemeld', locale: asLocale(await getLocale()) });
}

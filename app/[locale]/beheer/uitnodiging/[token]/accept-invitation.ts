'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import { acceptInvitation } from '@/lib/team/manage-team';

// Public on purpose: the single-use token from the invitation e-mail is the authorisation.
export async function choosePassword(formData: FormData): Promise<void> {
  const token = String(formData.get('token') ?? '');
  const outcome = await acceptInvitation(db(), token, String(formData.get('password') ?? ''), { ip: clientIp(await headers()) });
  const locale = asLocale(await getLocale());
  if (outcome === 'ok') redirect({ href: '/beheer/inloggen?invited=1', locale });
  redirect({ href: `/beheer/uitnodiging/${encodeURIComponent(token)}?result=${outcome}`, locale });
}

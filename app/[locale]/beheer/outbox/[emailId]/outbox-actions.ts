'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { db } from '@/lib/db/client';
import { retryEmail } from '@/lib/email/deliver-emails';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';

/** Puts a failed e-mail back into the queue. */
export const retryFailedEmail = teamAction('coordinator', z.object({ id: z.uuid() }), async (_member, { id }) => {
  await retryEmail(db(), id);
  redirect({ href: `/beheer/outbox/${id}?t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
});

'use server';

import { getLocale } from 'next-intl/server';
import { teamAction } from '@/lib/auth/team-action';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { inboxQueryString } from '@/lib/inbox/inbox-filters';
import { readRememberedFilters } from '@/lib/inbox/remember-inbox-filters';
import { bulkUpdateSchema } from '@/lib/inbox/selected-items';
import { updateInboxItems } from '@/lib/inbox/update-inbox-item';

async function backToInbox(memberId: string, result: string): Promise<never> {
  const query = new URLSearchParams(inboxQueryString(await readRememberedFilters(db(), memberId)));
  query.set('bulk', result);
  if (result !== 'none') query.set('t', Date.now().toString(36));
  return redirect({ href: `/beheer?${query}`, locale: asLocale(await getLocale()) });
}

/** Bulk assign and/or change status of the ticked items, then back to the same inbox page. */
export const updateSelectedItems = teamAction('coordinator', bulkUpdateSchema, async (member, { items, assignee, status, reason }) => {
  const result = await updateInboxItems(db(), member.id, items, {
    ...(assignee ? { assigneeId: assignee === 'none' ? null : assignee } : {}),
    ...(status ? { status, reason } : {}),
  });
  await backToInbox(member.id, `${result.updated}-${result.refused}`);
}, { invalid: (_problem, member) => backToInbox(member.id, 'none') });

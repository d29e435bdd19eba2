'use server';

import { getLocale } from 'next-intl/server';
import { teamAction } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { inboxQueryString } from '@/lib/inbox/inbox-filters';
import { readRememberedFilters } from '@/lib/inbox/remember-inbox-filters';
import { bulkUpdateSchema } from '@/lib/inbox/selected-items';
import { updateInboxItems } from '@/lib/inbox/update-inbox-item';

/** Bulk assign and/or change status of the ticked items, then back to the same inbox page. */
export const updateSelectedItems = teamAction('coordinator', async (member, formData: FormData) => {
  const locale = asLocale(await getLocale());
  const filters = await readRememberedFilters(db(), member.id);
  const parsed = bulkUpdateSchema.safeParse({
    items: formData.getAll('items').map(String),
    assignee: String(formData.get('assignee') ?? ''),
    status: String(formData.get('status') ?? ''),
    reason: String(formData.get('reason') ?? ''),
  });
  const query = new URLSearchParams(inboxQueryString(filters));
  if (!parsed.success) {
    query.set('bulk', 'none');
  } else {
    const { items, assignee, status, reason } = parsed.data;
    const result = await updateInboxItems(db(), member.id, items, {
      ...(assignee ? { assigneeId: assignee === 'none' ? null : assignee } : {}),
      ...(status ? { status, reason } : {}),
    });
    query.set('bulk', `${result.updated}-${result.refused}`);
    query.set('t', Date.now().toString(36));
  }
  redirect({ href: `/beheer?${query}`, locale });
});

'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { updateOffering } from '@/lib/catalogue/maintain-offerings';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';

const offeringForm = z.object({ offeringId: z.uuid(), version: z.coerce.number().int().min(1), intent: z.enum(['save', 'reviewed', 'verified', 'archive']) });

/** Edit (and thereby review), mark reviewed, or archive a published offering. */
export const changeOffering = teamAction('coordinator', offeringForm, async (member, { offeringId, version, intent }, formData) => {
  const values = Object.fromEntries([...formData.keys()].map((key) => [key, String(formData.get(key))]));
  const outcome = await updateOffering(db(), member.id, offeringId, version, {
    edit: intent === 'save' ? { ...values, openToJoin: formData.get('openToJoin') === 'true' } : undefined,
    reviewed: intent === 'reviewed',
    verified: intent === 'verified',
    archive: intent === 'archive',
  });
  const result = outcome.kind === 'ok' ? (intent === 'archive' ? 'archived' : intent === 'verified' ? 'verified' : 'saved') : outcome.kind === 'invalid' ? `invalid-${String(outcome.error.issues[0]?.path[0] ?? 'title')}` : outcome.kind;
  // Marked verified from the upkeep list: back to the list, where the next one to check waits.
  const back = intent === 'verified' && formData.get('from') === 'list' ? `/beheer/aanbod?result=${result}` : `/beheer/aanbod/${offeringId}?result=${result}`;
  redirect({ href: `${back}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
});

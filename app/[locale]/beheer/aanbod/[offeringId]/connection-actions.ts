'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { connectionSchema, connectOfferings, disconnectOfferings, knowledgeLinkSchema, linkKnowledgeProduct } from '@/lib/connections/offering-connections';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';

async function back(offeringId: string, result: string): Promise<never> {
  return redirect({ href: `/beheer/aanbod/${offeringId}?result=${result}&t=${Date.now().toString(36)}#connections`, locale: asLocale(await getLocale()) });
}

/** Connect this offering with another network, with a reason (function 4). */
export const connectOffering = teamAction('coordinator', connectionSchema, async (member, input) => {
  const outcome = await connectOfferings(db(), member.id, input);
  await back(input.offeringId, outcome.kind === 'ok' ? 'saved' : `invalid-${outcome.field}`);
});

export const disconnectOffering = teamAction('coordinator', z.object({ offeringId: z.uuid(), connectionId: z.uuid() }), async (member, input) => {
  await disconnectOfferings(db(), member.id, input.offeringId, input.connectionId);
  await back(input.offeringId, 'saved');
});

export const linkOfferingKnowledge = teamAction('coordinator', knowledgeLinkSchema, async (member, input) => {
  await linkKnowledgeProduct(db(), member.id, input);
  await back(input.offeringId, 'saved');
});

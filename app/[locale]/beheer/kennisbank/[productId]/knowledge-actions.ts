'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { teamAction } from '@/lib/auth/team-action';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { updateKnowledgeProduct } from '@/lib/knowledge/maintain-knowledge-products';

const productForm = z.object({ productId: z.uuid(), version: z.coerce.number().int().min(1), intent: z.enum(['save', 'publish', 'archive']) });

/** Edit, publish or archive a knowledge product; back to its page with the result. */
export const changeKnowledgeProduct = teamAction('coordinator', productForm, async (member, { productId, version, intent }, formData) => {
  const edit = intent === 'save'
    ? { ...Object.fromEntries([...formData.keys()].map((key) => [key, String(formData.get(key))])), themes: formData.getAll('themes').map(String), offerings: formData.getAll('offerings').map(String) }
    : undefined;
  const outcome = await updateKnowledgeProduct(db(), member.id, productId, version, { edit, status: intent === 'publish' ? 'published' : intent === 'archive' ? 'archived' : undefined });
  const result = outcome.kind === 'ok' ? (intent === 'save' ? 'saved' : 'status') : outcome.kind === 'invalid' ? `invalid-${String(outcome.error.issues[0]?.path[0] ?? 'title')}` : outcome.kind;
  redirect({ href: `/beheer/kennisbank/${productId}?result=${result}&t=${Date.now().toString(36)}`, locale: asLocale(await getLocale()) });
});

// The knowledge base's upkeep by the coordination team (/beheer/kennisbank): list every product, edit
// one (optimistic locking on its version), link it to the offerings it came from, publish or archive
// it. Every change on the audit trail with before and after.
import 'server-only';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { diffChanges, recordAudit } from '@/lib/audit/record-audit';
import { knowledgeContentShape } from './knowledge-product-schema';

/** What the team edits: the proposal's own rules for each field. */
export const knowledgeEditSchema = z.object({
  title: knowledgeContentShape.title,
  kind: knowledgeContentShape.kind,
  summary: knowledgeContentShape.summary,
  body: knowledgeContentShape.body,
  themes: knowledgeContentShape.themes,
  authors: knowledgeContentShape.authors,
  organisation: knowledgeContentShape.organisation,
  url: knowledgeContentShape.url,
  offerings: z.array(z.uuid()).max(50).default([]),
});

export async function listKnowledgeProductsForUpkeep(prisma: Db, page: number) {
  const [products, total] = await Promise.all([
    prisma.knowledgeProduct.findMany({
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: 50,
      skip: (page - 1) * 50,
      select: { id: true, slug: true, title: true, kind: true, status: true, updatedAt: true },
    }),
    prisma.knowledgeProduct.count(),
  ]);
  return { products, total };
}

export type KnowledgeUpkeepOutcome = { kind: 'ok' } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid'; error: z.ZodError };

export async function updateKnowledgeProduct(
  prisma: Db,
  actorId: string,
  productId: string,
  expectedVersion: number,
  change: { edit?: unknown; status?: 'published' | 'archived' },
): Promise<KnowledgeUpkeepOutcome> {
  const edit = change.edit === undefined ? undefined : knowledgeEditSchema.safeParse(change.edit);
  if (edit && !edit.success) return { kind: 'invalid', error: edit.error };
  return prisma.$transaction(async (tx) => {
    const current = await tx.knowledgeProduct.findUnique({ where: { id: productId }, include: { offerings: true } });
    if (!current) return { kind: 'not-found' as const };
    // The themes the agenda offers now, or a retired one the product already has (decision 0120).
    const unknownThemes = edit?.success ? checkThemeIds(await loadThemes(tx), edit.data.themes, ['themes'], current.themes) : [];
    if (unknownThemes.length > 0) return { kind: 'invalid' as const, error: new z.ZodError(unknownThemes) };
    const claimed = await tx.knowledgeProduct.updateMany({ where: { id: productId, version: expectedVersion }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) return { kind: 'conflict' as const };
    if (edit?.success) {
      const { offerings, ...fields } = edit.data;
      const data = { ...fields, body: fields.body ?? null, authors: fields.authors ?? null, organisation: fields.organisation ?? null, url: fields.url ?? null };
      await tx.knowledgeProduct.update({ where: { id: productId }, data });
      await tx.knowledgeProductOffering.deleteMany({ where: { knowledgeProductId: productId } });
      if (offerings.length > 0) await tx.knowledgeProductOffering.createMany({ data: offerings.map((offeringId) => ({ knowledgeProductId: productId, offeringId })), skipDuplicates: true });
      const changes = diffChanges({ ...current, offerings: current.offerings.map((link) => link.offeringId).sort() } as Record<string, unknown>, { ...data, offerings: [...offerings].sort() }, [...Object.keys(data), 'offerings']);
      await recordAudit(tx, { actorId, itemType: 'knowledge_product', itemId: productId, action: 'knowledge.edited', changes });
    }
    if (change.status && change.status !== current.status) {
      await tx.knowledgeProduct.update({ where: { id: productId }, data: { status: change.status, publishedAt: change.status === 'published' ? (current.publishedAt ?? new Date()) : current.publishedAt } });
      await recordAudit(tx, { actorId, itemType: 'knowledge_product', itemId: productId, action: `knowledge.${change.status}`, changes: { status: { before: current.status, after: change.status } } });
    }
    return { kind: 'ok' as const };
  });
}

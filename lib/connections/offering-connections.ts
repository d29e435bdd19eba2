// Connecting networks (function 4 of the advice): the coordination team links an offering to another
// with a reason (same question in another region, vertical partner, knowledge partner; plus a note).
// A connection reads both ways: each offering's page shows the other. Every change on the audit trail.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { CONNECTION_KINDS } from '@/lib/knowledge/knowledge-vocabularies';

export const connectionSchema = z.object({
  offeringId: z.uuid(),
  otherOfferingId: z.uuid(),
  kind: z.enum(CONNECTION_KINDS),
  note: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((value) => value || undefined),
});

export interface ConnectedNetwork {
  connectionId: string;
  offeringId: string;
  slug: string;
  title: string;
  kind: string;
  note: string | null;
}

/** The networks connected with these offerings (either direction), published ones only unless asked. */
export async function listConnectedNetworks(prisma: Db, offeringIds: string[], options: { publishedOnly?: boolean } = {}): Promise<Map<string, ConnectedNetwork[]>> {
  const result = new Map<string, ConnectedNetwork[]>();
  if (offeringIds.length === 0) return result;
  const rows = await prisma.$queryRawUnsafe<(ConnectedNetwork & { forId: string })[]>(
    `SELECT c.id AS "connectionId", side.for_id AS "forId", o.id AS "offeringId", o.slug, o.title, c.kind, c.note
       FROM offering_connections c
       CROSS JOIN LATERAL (VALUES (c.from_offering_id, c.to_offering_id), (c.to_offering_id, c.from_offering_id)) AS side(for_id, other_id)
       JOIN offerings o ON o.id = side.other_id
      WHERE side.for_id = ANY($1::uuid[]) ${options.publishedOnly === false ? '' : `AND o.status = 'published'`}
      ORDER BY o.title`,
    offeringIds,
  );
  for (const { forId, ...row } of rows) result.set(forId, [...(result.get(forId) ?? []), row]);
  return result;
}

export type ConnectionOutcome = { kind: 'ok' } | { kind: 'invalid'; field: string };

export async function connectOfferings(prisma: Db, actorId: string, input: unknown): Promise<ConnectionOutcome> {
  const parsed = connectionSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', field: String(parsed.error.issues[0]?.path[0] ?? 'otherOfferingId') };
  const { offeringId, otherOfferingId, kind, note } = parsed.data;
  if (offeringId === otherOfferingId) return { kind: 'invalid', field: 'otherOfferingId' };
  return prisma.$transaction(async (tx) => {
    const existing = await tx.offeringConnection.findFirst({
      where: { OR: [{ fromOfferingId: offeringId, toOfferingId: otherOfferingId }, { fromOfferingId: otherOfferingId, toOfferingId: offeringId }] },
    });
    if (existing) await tx.offeringConnection.update({ where: { id: existing.id }, data: { kind, note: note ?? null } });
    else await tx.offeringConnection.create({ data: { fromOfferingId: offeringId, toOfferingId: otherOfferingId, kind, note: note ?? null } });
    await recordAudit(tx, { actorId, itemType: 'offering', itemId: offeringId, action: 'offering.connected', changes: { connection: { before: existing ? { kind: existing.kind, note: existing.note } : null, after: { otherOfferingId, kind, note: note ?? null } } } });
    return { kind: 'ok' as const };
  });
}

export async function disconnectOfferings(prisma: Db, actorId: string, offeringId: string, connectionId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const existing = await tx.offeringConnection.findFirst({ where: { id: connectionId, OR: [{ fromOfferingId: offeringId }, { toOfferingId: offeringId }] } });
    if (!existing) return;
    await tx.offeringConnection.delete({ where: { id: connectionId } });
    await recordAudit(tx, { actorId, itemType: 'offering', itemId: offeringId, action: 'offering.disconnected', changes: { connection: { before: { from: existing.fromOfferingId, to: existing.toOfferingId, kind: existing.kind }, after: null } } });
  });
}

export const knowledgeLinkSchema = z.object({ offeringId: z.uuid(), productId: z.uuid(), op: z.enum(['link', 'unlink']) });

/** Links a knowledge product to an offering it came from, or removes the link (from the offering's side). */
export async function linkKnowledgeProduct(prisma: Db, actorId: string, input: z.output<typeof knowledgeLinkSchema>): Promise<void> {
  const { offeringId, productId, op } = input;
  await prisma.$transaction(async (tx) => {
    if (op === 'link') await tx.knowledgeProductOffering.createMany({ data: [{ offeringId, knowledgeProductId: productId }], skipDuplicates: true });
    else await tx.knowledgeProductOffering.deleteMany({ where: { offeringId, knowledgeProductId: productId } });
    await recordAudit(tx, { actorId, itemType: 'offering', itemId: offeringId, action: `offering.knowledge-${op}ed`, changes: { knowledgeProduct: { before: op === 'link' ? null : productId, after: op === 'link' ? productId : null } } });
  });
}

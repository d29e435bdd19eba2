// Internal notes on an item (only for the team) and the item's timeline: the audit trail and the
// notes, oldest first.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { auditItemType } from './inbox-item-registry';
import type { ItemRef } from './update-inbox-item';

export const internalNoteSchema = z.object({ body: z.string().trim().min(2).max(5000) });

export async function addInternalNote(prisma: Db, authorId: string, ref: ItemRef, body: string): Promise<void> {
  const { body: text } = internalNoteSchema.parse({ body });
  await prisma.internalNote.create({ data: { itemType: auditItemType(ref.type), itemId: ref.id, authorId, body: text } });
}

export type TimelineEntry =
  | { kind: 'event'; at: Date; actor: string | null; actorLabel: string | null; action: string; changes: Record<string, { before: unknown; after: unknown }> | null }
  | { kind: 'note'; at: Date; actor: string | null; body: string };

export async function listItemTimeline(prisma: Db, ref: ItemRef): Promise<TimelineEntry[]> {
  const [events, notes] = await Promise.all([
    prisma.auditEvent.findMany({ where: { itemType: auditItemType(ref.type), itemId: ref.id }, include: { actor: { select: { name: true } } }, orderBy: { at: 'asc' } }),
    prisma.internalNote.findMany({ where: { itemType: auditItemType(ref.type), itemId: ref.id }, include: { author: { select: { name: true } } }, orderBy: { createdAt: 'asc' } }),
  ]);
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({
      kind: 'event' as const,
      at: event.at,
      actor: event.actor?.name ?? null,
      actorLabel: event.actorLabel,
      action: event.action,
      changes: (event.changes ?? null) as Record<string, { before: unknown; after: unknown }> | null,
    })),
    ...notes.map((note) => ({ kind: 'note' as const, at: note.createdAt, actor: note.author?.name ?? null, body: note.body })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

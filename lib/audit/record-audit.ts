// The audit trail: who changed what, when, with the values before and after.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;
export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntry {
  /** The team member who acted, or none for visitors, the system or the command line. */
  actorId?: string | null;
  actorLabel?: 'public' | 'system' | 'cli' | 'seed';
  itemType: string;
  itemId: string;
  action: string;
  changes?: Changes;
}

/** The fields whose value differs between before and after (compared as JSON). */
export function diffChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>, fields: (keyof T)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field as string] = { before: before[field] ?? null, after: after[field] ?? null };
    }
  }
  return changes;
}

/** Record an event; call it inside the transaction of the change itself. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorId ? null : (entry.actorLabel ?? 'system'),
      itemType: entry.itemType,
      itemId: entry.itemId,
      action: entry.action,
      changes: (entry.changes ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

// What the outbox and the audit trail hold about items of one person: the e-mails sent to them and
// what happened to the items, for the overview and download of their data.
import type { Db } from '@/lib/db/client';
import type { ItemsOfType } from '@/lib/privacy/forget-items';

export interface SentEmailRecord {
  itemType: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
}

export interface HistoryRecord {
  itemType: string;
  at: Date;
  /** "team" when a member of the coordination team acted (their name is theirs, not shown). */
  by: 'team' | 'public' | 'system';
  action: string;
  /** New status, when the status changed. */
  status: string | null;
  /** What the team wrote to the person: a rejection reason or a response. */
  text: string | null;
}

export interface ItemRecords {
  emails: SentEmailRecord[];
  history: HistoryRecord[];
  /** Internal notes of the team on these items (working notes; ask the team for them). */
  internalNoteCount: number;
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function itemRecords(prisma: Db, groups: ItemsOfType[]): Promise<ItemRecords> {
  const where = { OR: groups.filter((group) => group.itemIds.length > 0).map(({ itemType, itemIds }) => ({ itemType, itemId: { in: itemIds } })) };
  if (where.OR.length === 0) return { emails: [], history: [], internalNoteCount: 0 };
  const [emails, events, internalNoteCount] = await Promise.all([
    prisma.outboundEmail.findMany({ where, orderBy: { createdAt: 'asc' }, select: { itemType: true, to: true, subject: true, text: true, status: true, createdAt: true, sentAt: true } }),
    prisma.auditEvent.findMany({ where, orderBy: { at: 'asc' }, select: { itemType: true, at: true, actorId: true, actorLabel: true, action: true, changes: true } }),
    prisma.internalNote.count({ where }),
  ]);
  return {
    emails: emails.map((email) => ({ ...email, itemType: email.itemType ?? '', status: String(email.status) })),
    history: events.map((event) => {
      const changes = (event.changes ?? {}) as Record<string, { before?: unknown; after?: unknown } | undefined>;
      return {
        itemType: event.itemType,
        at: event.at,
        by: event.actorId ? 'team' : event.actorLabel === 'public' ? 'public' : 'system',
        action: event.action,
        status: asString(changes.status?.after),
        text: asString(changes.rejectionReason?.after) ?? asString(changes.responseText?.after),
      };
    }),
    internalNoteCount,
  };
}

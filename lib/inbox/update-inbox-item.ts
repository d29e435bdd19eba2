// Changing an inbox item's status or assignee, with optimistic locking: the caller says which version
// it saw; when someone saved in between, nothing is written and the fresh state comes back. Every
// change is on the audit trail (before/after) in the same transaction; a rejection e-mails the
// person with the reason.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type Changes } from '@/lib/audit/record-audit';
import { auditItemType, itemTable } from './inbox-item-registry';
import type { InboxItemType } from './inbox-item-types';
import { canMoveTo, needsReason, type TriageStatus } from './triage-workflow';
import { queueItemEmail } from './queue-item-email';

type Tx = Prisma.TransactionClient;

/** Status changes the person behind the item is told about by e-mail. */
const NOTIFIED_STATUSES: TriageStatus[] = ['matched', 'referred', 'new_network', 'done'];

export interface ItemRef {
  type: InboxItemType;
  id: string;
}

export interface ItemChange {
  status?: TriageStatus;
  /** Required when rejecting. */
  reason?: string;
  /** A user id, or null to unassign. */
  assigneeId?: string | null;
}

export interface ItemState {
  status: TriageStatus;
  assigneeId: string | null;
  rejectionReason: string | null;
  firstResponseAt: Date | null;
  version: number;
}

export type UpdateOutcome =
  | { kind: 'ok'; version: number }
  | { kind: 'unchanged'; version: number }
  | { kind: 'conflict'; current: ItemState }
  | { kind: 'invalid'; problem: 'transition' | 'reason' | 'assignee' }
  | { kind: 'not-found' };

export async function lockItemState(tx: Tx, ref: ItemRef): Promise<ItemState | null> {
  const table = itemTable(ref.type);
  const rows = await tx.$queryRaw<{ status: TriageStatus; assignee_id: string | null; rejection_reason: string | null; first_response_at: Date | null; version: number }[]>`
    SELECT status::text AS status, assignee_id, rejection_reason, first_response_at, version FROM ${table} WHERE id = ${ref.id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row
    ? { status: row.status, assigneeId: row.assignee_id, rejectionReason: row.rejection_reason, firstResponseAt: row.first_response_at, version: row.version }
    : null;
}

/** Writes the change; `expectedVersion` null skips the version check (system changes only). */
export async function updateInboxItemInTransaction(
  tx: Tx,
  actorId: string,
  ref: ItemRef,
  expectedVersion: number | null,
  change: ItemChange,
): Promise<UpdateOutcome> {
  const current = await lockItemState(tx, ref);
  if (!current) return { kind: 'not-found' };
  if (expectedVersion !== null && current.version !== expectedVersion) return { kind: 'conflict', current };

  const next = { ...current };
  const changes: Changes = {};
  if (change.status !== undefined && change.status !== current.status) {
    if (!canMoveTo(current.status, change.status)) return { kind: 'invalid', problem: 'transition' };
    const reason = change.reason?.trim() ?? '';
    if (needsReason(change.status) && reason.length < 3) return { kind: 'invalid', problem: 'reason' };
    next.status = change.status;
    changes.status = { before: current.status, after: change.status };
    if (needsReason(change.status)) {
      next.rejectionReason = reason;
      changes.rejectionReason = { before: current.rejectionReason, after: reason };
    }
    // The first move out of "nieuw" is the team's first response.
    if (!current.firstResponseAt) next.firstResponseAt = new Date();
  }
  if (change.assigneeId !== undefined && change.assigneeId !== current.assigneeId) {
    if (change.assigneeId) {
      const user = await tx.user.findFirst({ where: { id: change.assigneeId, active: true }, select: { id: true } });
      if (!user) return { kind: 'invalid', problem: 'assignee' };
    }
    next.assigneeId = change.assigneeId;
    changes.assigneeId = { before: current.assigneeId, after: change.assigneeId };
  }
  if (Object.keys(changes).length === 0) return { kind: 'unchanged', version: current.version };

  const table = itemTable(ref.type);
  await tx.$executeRaw`
    UPDATE ${table}
       SET status = ${next.status}::triage_status, assignee_id = ${next.assigneeId}::uuid, rejection_reason = ${next.rejectionReason},
           first_response_at = ${next.firstResponseAt}, version = version + 1, updated_at = now()
     WHERE id = ${ref.id}::uuid`;
  const action = changes.status ? (next.status === 'rejected' ? 'item.rejected' : 'item.status-changed') : 'item.assigned';
  await recordAudit(tx, { actorId, itemType: auditItemType(ref.type), itemId: ref.id, action, changes });
  if (changes.status && next.status === 'rejected') {
    await queueItemEmail(tx, ref, 'item-rejected', { reason: next.rejectionReason ?? '' });
  } else if (changes.status && NOTIFIED_STATUSES.includes(next.status)) {
    // The person hears where their question or proposal stands; "in behandeling" is internal.
    await queueItemEmail(tx, ref, 'item-status-changed', { statusKey: next.status });
  }
  return { kind: 'ok', version: current.version + 1 };
}

export function updateInboxItem(prisma: Db, actorId: string, ref: ItemRef, expectedVersion: number | null, change: ItemChange): Promise<UpdateOutcome> {
  return prisma.$transaction((tx) => updateInboxItemInTransaction(tx, actorId, ref, expectedVersion, change));
}

/** Several items at once (bulk assign / status); each keeps its own version check. */
export async function updateInboxItems(
  prisma: Db,
  actorId: string,
  items: { ref: ItemRef; version: number }[],
  change: ItemChange,
): Promise<{ updated: number; refused: number }> {
  let updated = 0;
  let refused = 0;
  for (const item of items) {
    const outcome = await updateInboxItem(prisma, actorId, item.ref, item.version, change);
    if (outcome.kind === 'ok' || outcome.kind === 'unchanged') updated += 1;
    else refused += 1;
  }
  return { updated, refused };
}

/**
 * Locks the item, checks the version the coordinator saw, and raises it: for changes other than
 * status and assignee (matches, response, publishing) that must not overwrite someone else's save.
 */
export async function claimItemVersion(tx: Tx, ref: ItemRef, expectedVersion: number): Promise<{ kind: 'ok'; state: ItemState } | { kind: 'conflict' } | { kind: 'not-found' }> {
  const state = await lockItemState(tx, ref);
  if (!state) return { kind: 'not-found' };
  if (state.version !== expectedVersion) return { kind: 'conflict' };
  const table = itemTable(ref.type);
  await tx.$executeRaw`UPDATE ${table} SET version = version + 1, updated_at = now() WHERE id = ${ref.id}::uuid`;
  return { kind: 'ok', state };
}

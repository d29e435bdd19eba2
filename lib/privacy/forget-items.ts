// What erasing an item of the public does besides deleting its row: its e-mails leave the outbox, its
// internal notes go, and its audit events keep who did what (actor, action, moment, status and
// assignee) but lose every value that came from or was about the person. Then the person's name and
// e-mail address are blanked wherever the team copied them: notes, audit values and mail to others.
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';

type Tx = Prisma.TransactionClient;

/** What is left where a name, address or text of an erased item stood. */
export const REDACTED = '[verwijderd]';

/** Audit values that say nothing about the person: kept when the rest of an event's changes goes. */
const KEPT_AUDIT_FIELDS = ['status', 'assigneeId'];

/** Locks the row about to be erased; false when it is gone (erased meanwhile by another request). */
export async function lockRow(tx: Tx, table: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR UPDATE`;
  return rows.length > 0;
}

export type ErasureReason = 'requester' | 'retention';

export interface ItemsOfType {
  /** As the audit trail, notes and outbox name it, e.g. "learning_question". */
  itemType: string;
  itemIds: string[];
}

export async function forgetItems(tx: Tx, groups: ItemsOfType[], reason: ErasureReason): Promise<void> {
  for (const { itemType, itemIds } of groups) {
    if (itemIds.length === 0) continue;
    await tx.outboundEmail.deleteMany({ where: { itemType, itemId: { in: itemIds } } });
    await tx.internalNote.deleteMany({ where: { itemType, itemId: { in: itemIds } } });
    await tx.$executeRaw`
      UPDATE audit_events
         SET changes = (SELECT jsonb_object_agg(key, value) FROM jsonb_each(changes) WHERE key = ANY(${KEPT_AUDIT_FIELDS}::text[]))
       WHERE item_type = ${itemType} AND item_id = ANY(${itemIds}::text[]) AND changes IS NOT NULL`;
    for (const itemId of itemIds) {
      await recordAudit(tx, {
        actorLabel: reason === 'requester' ? 'public' : 'system',
        itemType,
        itemId,
        action: reason === 'requester' ? 'privacy.deleted-by-requester' : 'privacy.retention-expired',
      });
    }
  }
}

export interface PersonalTraces {
  /** E-mail addresses and other exact texts (matched anywhere, any case). */
  literals: (string | null | undefined)[];
  /** Names (matched as whole words, any case). */
  names: (string | null | undefined)[];
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

function pattern(traces: PersonalTraces, encode: (text: string) => string): string | null {
  const literals = traces.literals.filter((value): value is string => Boolean(value && value.trim().length >= 3)).map((value) => escapeRegex(encode(value.trim())));
  const names = traces.names
    .filter((value): value is string => Boolean(value && value.trim().length >= 2))
    .map((value) => `(?<![[:alnum:]_])${escapeRegex(encode(value.trim()))}(?![[:alnum:]_])`);
  const parts = [...literals, ...names];
  return parts.length > 0 ? `(${parts.join('|')})` : null;
}

/** A text as it appears inside a JSON string (jsonb::text escapes quotes, backslashes and control characters). */
const asJsonText = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * Blanks the person's name and addresses in what the team wrote or was sent: internal notes, audit
 * values, and e-mails to anyone else (mail to the person about their other items stays as it is).
 */
export async function redactPersonalTraces(tx: Tx, traces: PersonalTraces): Promise<void> {
  const plain = pattern(traces, (text) => text);
  const json = pattern(traces, asJsonText);
  if (!plain || !json) return;
  const recipients = traces.literals.filter((value): value is string => Boolean(value)).map((value) => value.trim().toLowerCase());
  await tx.$executeRaw`
    UPDATE internal_notes SET body = regexp_replace(body, ${plain}, ${REDACTED}, 'gi') WHERE body ~* ${plain}`;
  await tx.$executeRaw`
    UPDATE audit_events SET changes = regexp_replace(changes::text, ${json}, ${REDACTED}, 'gi')::jsonb
     WHERE changes IS NOT NULL AND changes::text ~* ${json}`;
  await tx.$executeRaw`
    UPDATE outbound_emails
       SET subject = regexp_replace(subject, ${plain}, ${REDACTED}, 'gi'),
           text = regexp_replace(text, ${plain}, ${REDACTED}, 'gi'),
           html = regexp_replace(html, ${plain}, ${REDACTED}, 'gi')
     WHERE lower("to") <> ALL(${recipients}::text[]) AND (subject ~* ${plain} OR text ~* ${plain} OR html ~* ${plain})`;
}

// Outgoing e-mail is written to the outbox in the same transaction as what caused it, so an
// accepted submission and its confirmation are stored together or not at all. Delivery (SMTP with
// retries, or nothing when SMTP is not configured: then the outbox is the mailbox) runs apart.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface QueuedEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Which message this is, e.g. "question-received"; for the outbox overview and tests. */
  template: string;
  itemType?: string;
  itemId?: string;
  /** Extra headers sent with the mail (List-Unsubscribe…); values are single lines. */
  headers?: Record<string, string>;
  /** A mail that must be queued once only: a second with the same key is not queued. */
  dedupeKey?: string;
}

/** The new mail's id, or null when a mail with the same `dedupeKey` is already in the outbox. */
export async function queueEmail(tx: Prisma.TransactionClient, email: QueuedEmail): Promise<string | null> {
  const headers = email.headers && Object.fromEntries(Object.entries(email.headers).map(([name, value]) => [name, value.replace(/[\r\n]+/g, ' ')]));
  const data = {
    to: email.to,
    subject: email.subject.replace(/[\r\n]+/g, ' '),
    text: email.text,
    html: email.html,
    template: email.template,
    itemType: email.itemType,
    itemId: email.itemId,
    headers,
    dedupeKey: email.dedupeKey,
  };
  if (email.dedupeKey) {
    // ON CONFLICT keeps the caller's transaction usable when the key is taken.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO outbound_emails ("to", subject, text, html, template, item_type, item_id, headers, dedupe_key)
      VALUES (${data.to}, ${data.subject}, ${data.text}, ${data.html ?? null}, ${data.template}, ${data.itemType ?? null}, ${data.itemId ?? null},
              ${headers ? JSON.stringify(headers) : null}::jsonb, ${data.dedupeKey})
      ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`;
    return rows[0]?.id ?? null;
  }
  const row = await tx.outboundEmail.create({ data, select: { id: true } });
  return row.id;
}

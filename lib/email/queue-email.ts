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
}

export async function queueEmail(tx: Prisma.TransactionClient, email: QueuedEmail): Promise<string> {
  const row = await tx.outboundEmail.create({
    data: {
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      template: email.template,
      itemType: email.itemType,
      itemId: email.itemId,
    },
    select: { id: true },
  });
  return row.id;
}

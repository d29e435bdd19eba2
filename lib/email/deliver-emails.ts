// Delivery of the outbox over SMTP (nodemailer). Each run claims due e-mails (FOR UPDATE SKIP
// LOCKED, so several workers never send one twice), sends them, and on failure schedules the next
// attempt with back-off; after MAX_ATTEMPTS it is marked failed, visible at /beheer/outbox and never
// deleted. Without SMTP nothing is sent: the outbox is then the mailbox.
import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '@/lib/db/client';

export const MAX_ATTEMPTS = 6;
const BATCH = 20;

/** Wait before attempt n+1 after n failed attempts: 1, 5, 25 minutes, 2 hours, 10 hours (pure). */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(60_000 * 5 ** Math.max(0, failedAttempts - 1), 10 * 3600_000);
}

export function createSmtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
}

export async function deliverDueEmails(prisma: Db, transport: Pick<Transporter, 'sendMail'>, from: string, now = new Date()): Promise<{ sent: number; failed: number }> {
  const due = await prisma.$queryRaw<{ id: string; to: string; subject: string; text: string; html: string | null; attempts: number }[]>`
    UPDATE outbound_emails SET status = 'sending'
     WHERE id IN (
       SELECT id FROM outbound_emails
        WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now})
        ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, attempts`;
  let sent = 0;
  let failed = 0;
  for (const email of due) {
    try {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text, html: email.html ?? undefined });
      await prisma.outboundEmail.update({ where: { id: email.id }, data: { status: 'sent', sentAt: new Date(), attempts: email.attempts + 1, lastError: null } });
      sent += 1;
    } catch (error) {
      const attempts = email.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      await prisma.outboundEmail.update({
        where: { id: email.id },
        data: {
          status: giveUp ? 'failed' : 'queued',
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          nextAttemptAt: giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts)),
        },
      });
      failed += 1;
    }
  }
  return { sent, failed };
}

/** A failed e-mail back into the queue (the outbox's "try again"). */
export async function retryEmail(prisma: Db, id: string): Promise<void> {
  await prisma.outboundEmail.updateMany({ where: { id, status: 'failed' }, data: { status: 'queued', nextAttemptAt: null } });
}

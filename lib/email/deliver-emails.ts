// Delivery of the outbox over SMTP (nodemailer), at least once. Each mail is claimed on its own
// (FOR UPDATE SKIP LOCKED, so two workers never hold one at once) with a lease: when the sender dies
// or is stopped between claiming and marking it sent, the lease runs out and a later run sends it
// again. Every mail carries a Message-ID made from its outbox id, so a second delivery of the same
// mail is recognisable as such. A failure schedules the next attempt with back-off; after
// MAX_ATTEMPTS (claims count as attempts) it is marked failed, visible at /beheer/outbox and never
// deleted. Without SMTP nothing is sent: the outbox is then the mailbox.
import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '@/lib/db/client';

export const MAX_ATTEMPTS = 6;
/** Mails one call delivers at most; the job calls again while calls come back full. */
export const EMAIL_BATCH = 20;
/** Longer than one SMTP conversation can take (connection, greeting and socket timeouts below). */
export const LEASE_MS = 2 * 60_000;

/** Wait before attempt n+1 after n failed attempts: 1, 5, 25 minutes, 2 hours, 10 hours (pure). */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(60_000 * 5 ** Math.max(0, failedAttempts - 1), 10 * 3600_000);
}

export function createSmtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
}

/** The stable Message-ID of an outbox mail: the same on every delivery of it (pure). */
export function messageIdFor(emailId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<${emailId}@${domain}>`;
}

interface ClaimedEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
  attempts: number;
}

/** Claims one due mail: queued and due, or sending with a lease that ran out. */
async function claimNextEmail(prisma: Db, now: Date): Promise<ClaimedEmail | null> {
  const rows = await prisma.$queryRaw<ClaimedEmail[]>`
    UPDATE outbound_emails SET status = 'sending', attempts = attempts + 1, lease_expires_at = ${new Date(now.getTime() + LEASE_MS)}
     WHERE id = (
       SELECT id FROM outbound_emails
        WHERE (status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ${now}))
           OR (status = 'sending' AND lease_expires_at <= ${now})
        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, text, html, headers, attempts`;
  return rows[0] ?? null;
}

export async function deliverDueEmails(prisma: Db, transport: Pick<Transporter, 'sendMail'>, from: string, now = new Date()): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let count = 0; count < EMAIL_BATCH; count++) {
    const email = await claimNextEmail(prisma, now);
    if (!email) break;
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html ?? undefined,
        messageId: messageIdFor(email.id, from),
        headers: email.headers ?? undefined,
      });
      await prisma.outboundEmail.update({ where: { id: email.id }, data: { status: 'sent', sentAt: new Date(), leaseExpiresAt: null, lastError: null } });
      sent += 1;
    } catch (error) {
      const giveUp = email.attempts >= MAX_ATTEMPTS;
      await prisma.outboundEmail.update({
        where: { id: email.id },
        data: {
          status: giveUp ? 'failed' : 'queued',
          leaseExpiresAt: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          nextAttemptAt: giveUp ? null : new Date(now.getTime() + retryDelayMs(email.attempts)),
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

// The outbox as the team reads it (/beheer/outbox): every mail with its delivery state, and one mail's
// text with its private links replaced by a note (redactPrivateLinks). The stored text keeps the
// links, because delivery sends it as it is; no team page shows it unredacted.
import type { Db } from '@/lib/db/client';
import { redactPrivateLinks } from './redact-private-links';

export function listOutbox(prisma: Db, page: number, pageSize: number) {
  return Promise.all([
    prisma.outboundEmail.findMany({
      orderBy: { createdAt: 'desc' },
      take: pageSize,
      skip: (page - 1) * pageSize,
      select: { id: true, to: true, subject: true, template: true, status: true, attempts: true, lastError: true, createdAt: true },
    }),
    prisma.outboundEmail.count(),
  ]);
}

/** One mail for the team to read; `linkNote` stands where a private link was. */
export async function readOutboxEmail(prisma: Db, id: string, linkNote: string) {
  const email = await prisma.outboundEmail.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, template: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, text: true },
  });
  return email && { ...email, subject: redactPrivateLinks(email.subject, linkNote), text: redactPrivateLinks(email.text, linkNote) };
}

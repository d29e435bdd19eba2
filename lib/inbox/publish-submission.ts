// Publishing a proposed offering: the offering goes into the catalogue (published, reviewed now),
// the submission is done, the provider is told by e-mail, all in one transaction and on the timeline.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { getEnv } from '@/lib/env';
import { queueItemEmail } from './queue-item-email';
import { claimItemVersion } from './update-inbox-item';

export type PublishOutcome = { kind: 'ok'; slug: string } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid' };

export async function publishSubmission(prisma: Db, actorId: string, submissionId: string, expectedVersion: number): Promise<PublishOutcome> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimItemVersion(tx, { type: 'submission', id: submissionId }, expectedVersion);
    if (claim.kind !== 'ok') return claim;
    const submission = await tx.offeringSubmission.findUniqueOrThrow({ where: { id: submissionId }, include: { offering: true } });
    const offering = submission.offering;
    if (offering.status === 'published' || offering.status === 'archived' || claim.state.status === 'rejected') return { kind: 'invalid' as const };
    const now = new Date();
    await tx.offering.update({
      where: { id: offering.id },
      data: { status: 'published', publishedAt: now, lastReviewedAt: now, version: { increment: 1 } },
    });
    await tx.offeringSubmission.update({ where: { id: submissionId }, data: { status: 'done', firstResponseAt: submission.firstResponseAt ?? now } });
    await recordAudit(tx, {
      actorId,
      itemType: 'offering_submission',
      itemId: submissionId,
      action: 'submission.published',
      changes: { status: { before: claim.state.status, after: 'done' }, offeringStatus: { before: offering.status, after: 'published' } },
    });
    await recordAudit(tx, {
      actorId,
      itemType: 'offering',
      itemId: offering.id,
      action: 'offering.published',
      changes: { status: { before: offering.status, after: 'published' } },
    });
    await queueItemEmail(tx, { type: 'submission', id: submissionId }, 'submission-published', { offeringUrl: `${getEnv().appUrl}/aanbod/${offering.slug}` });
    return { kind: 'ok' as const, slug: offering.slug };
  });
}

// Publishing a proposed meeting: the meeting goes into the agenda (and its feeds), the proposal is
// done, the organiser is told by e-mail, all in one transaction and on the timeline.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { getEnv } from '@/lib/env';
import { queueItemEmail } from '@/lib/inbox/queue-item-email';
import { claimItemVersion } from '@/lib/inbox/update-inbox-item';
import { meetingPagePath } from './find-meeting';

export type PublishMeetingOutcome = { kind: 'ok'; slug: string } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid' };

export async function publishMeetingProposal(prisma: Db, actorId: string, proposalId: string, expectedVersion: number): Promise<PublishMeetingOutcome> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimItemVersion(tx, { type: 'meeting', id: proposalId }, expectedVersion);
    if (claim.kind !== 'ok') return claim;
    const proposal = await tx.meetingProposal.findUniqueOrThrow({ where: { id: proposalId }, include: { meeting: true } });
    if (proposal.meeting.publishedAt || claim.state.status === 'rejected') return { kind: 'invalid' as const };
    const now = new Date();
    await tx.meeting.update({ where: { id: proposal.meetingId }, data: { publishedAt: now, sequence: { increment: 1 } } });
    await tx.meetingProposal.update({ where: { id: proposalId }, data: { status: 'done', firstResponseAt: proposal.firstResponseAt ?? now } });
    await recordAudit(tx, {
      actorId,
      itemType: 'meeting_proposal',
      itemId: proposalId,
      action: 'meeting.published',
      changes: { status: { before: claim.state.status, after: 'done' } },
    });
    await recordAudit(tx, { actorId, itemType: 'meeting', itemId: proposal.meetingId, action: 'meeting.published', changes: { publishedAt: { before: null, after: now.toISOString() } } });
    await queueItemEmail(tx, { type: 'meeting', id: proposalId }, 'meeting-published', { meetingUrl: `${getEnv().appUrl}${meetingPagePath(proposal.meeting.slug)}` });
    return { kind: 'ok' as const, slug: proposal.meeting.slug };
  });
}

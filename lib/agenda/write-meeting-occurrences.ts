// Writes the dates of meetings to `meeting_occurrences` from the meeting and its overrides, up to
// the horizon. Called in the transaction of every change to a meeting or its overrides, so the
// table the agenda filters and counts never differs from what the meeting says (decision 0100).
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { expandOccurrences, horizonEnd } from './recurrence';

export async function writeMeetingOccurrences(tx: Prisma.TransactionClient, meetingIds: readonly string[], now = new Date()): Promise<void> {
  if (meetingIds.length === 0) return;
  const meetings = await tx.meeting.findMany({
    where: { id: { in: [...meetingIds] } },
    select: { id: true, startsAt: true, endsAt: true, recurrence: true, status: true, overrides: true },
  });
  await tx.meetingOccurrence.deleteMany({ where: { meetingId: { in: [...meetingIds] } } });
  const rows = meetings.flatMap((meeting) =>
    expandOccurrences(meeting, horizonEnd(meeting, now)).map((occurrence) => ({
      meetingId: meeting.id,
      recurrenceId: occurrence.recurrenceId,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      cancelled: occurrence.cancelled || meeting.status === 'cancelled',
    })),
  );
  for (let start = 0; start < rows.length; start += 5000) await tx.meetingOccurrence.createMany({ data: rows.slice(start, start + 5000) });
}

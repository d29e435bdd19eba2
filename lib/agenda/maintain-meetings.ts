// The coordination team adds, edits and cancels meetings (also its own programme) and moves or
// cancels single dates of a series, in /beheer/agenda. Each change raises the meeting's SEQUENCE,
// rewrites its dates and is written to the audit trail, in one transaction. The form's schema is
// the meeting's content schema (the import's), with the offering as a slug.
import 'server-only';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { changedColumns, meetingColumns } from './meeting-data';
import { checkMeetingConsistency, meetingContentShape } from './meeting-record';
import { localDateTime, localToInstant } from './meeting-time';
import { freeMeetingSlug } from './submit-meeting-proposal';
import { writeMeetingOccurrences } from './write-meeting-occurrences';

/** The team's meeting form (new and edit): the meeting's content, and for an edit the id and SEQUENCE it saw. */
export const meetingFormSchema = z
  .object({
    ...meetingContentShape,
    meetingId: z.preprocess((value) => (value === '' ? undefined : value), z.uuid().optional()),
    sequence: z.coerce.number().int().min(0).optional(),
  })
  .superRefine(checkMeetingConsistency);
export type MeetingForm = z.output<typeof meetingFormSchema>;

/** Moving, cancelling or restoring one date of a series, named by its original start. */
export const occurrenceFormSchema = z
  .object({
    meetingId: z.uuid(),
    sequence: z.coerce.number().int().min(0),
    recurrenceId: z.iso.datetime({ offset: true }),
    intent: z.enum(['move', 'cancel', 'restore']),
    start: z.preprocess((value) => (value === '' ? undefined : value), localDateTime().optional()),
    end: z.preprocess((value) => (value === '' ? undefined : value), localDateTime().optional()),
  })
  .superRefine((value, ctx) => {
    if (value.intent !== 'move') return;
    if (!value.start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'localDateTime' });
    else if (!value.end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'localDateTime' });
    else if (value.end <= value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'endBeforeStart' });
  });
export type OccurrenceForm = z.output<typeof occurrenceFormSchema>;

export type MaintainOutcome = { kind: 'ok'; meetingId: string } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid'; field: string };

async function offeringIdOf(tx: Pick<Db, 'offering'>, slug: string | undefined): Promise<string | null | undefined> {
  if (!slug) return null;
  const offering = await tx.offering.findFirst({ where: { slug, status: 'published' }, select: { id: true } });
  return offering?.id;
}

/** A new published meeting (no offering: the team's own programme), or an edit of one the team saw at `sequence`. */
export async function saveMeeting(prisma: Db, actorId: string, form: MeetingForm): Promise<MaintainOutcome> {
  const { meetingId, sequence, offering, ...content } = form;
  return prisma.$transaction(async (tx) => {
    const offeringId = await offeringIdOf(tx, offering);
    if (offeringId === undefined) return { kind: 'invalid' as const, field: 'offering' };
    // The themes the agenda offers now (or a retired one the meeting already has).
    const themes = await loadThemes(tx);
    const kept = meetingId ? ((await tx.meeting.findUnique({ where: { id: meetingId }, select: { themes: true } }))?.themes ?? []) : [];
    if (checkThemeIds(themes, content.themes, ['themes'], kept).length > 0) return { kind: 'invalid' as const, field: 'themes' };
    const columns = { ...meetingColumns(content), offeringId };
    if (!meetingId) {
      const slug = await freeMeetingSlug(tx, content.title);
      const created = await tx.meeting.create({ data: { ...columns, slug, publishedAt: new Date() }, select: { id: true } });
      await writeMeetingOccurrences(tx, [created.id]);
      await recordAudit(tx, { actorId, itemType: 'meeting', itemId: created.id, action: 'meeting.created' });
      return { kind: 'ok' as const, meetingId: created.id };
    }
    const [stored] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM meetings WHERE id = ${meetingId}::uuid FOR UPDATE`;
    if (!stored) return { kind: 'not-found' as const };
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    if (sequence !== meeting.sequence) return { kind: 'conflict' as const };
    const changes = changedColumns(meeting, columns);
    if (Object.keys(changes).length === 0) return { kind: 'ok' as const, meetingId };
    await tx.meeting.update({ where: { id: meetingId }, data: { ...columns, sequence: { increment: 1 } } });
    // Dates of a changed series: an override whose original start is no longer in it is dropped.
    await writeMeetingOccurrences(tx, [meetingId]);
    await recordAudit(tx, { actorId, itemType: 'meeting', itemId: meetingId, action: changes.status?.after === 'cancelled' ? 'meeting.cancelled' : 'meeting.updated', changes });
    return { kind: 'ok' as const, meetingId };
  });
}

/** Moves, cancels or restores one date of a meeting. */
export async function changeOccurrence(prisma: Db, actorId: string, form: OccurrenceForm): Promise<MaintainOutcome> {
  return prisma.$transaction(async (tx) => {
    const [stored] = await tx.$queryRaw<{ sequence: number }[]>`SELECT sequence FROM meetings WHERE id = ${form.meetingId}::uuid FOR UPDATE`;
    if (!stored) return { kind: 'not-found' as const };
    if (stored.sequence !== form.sequence) return { kind: 'conflict' as const };
    const recurrenceId = new Date(form.recurrenceId);
    const occurrence = await tx.meetingOccurrence.findUnique({ where: { meetingId_recurrenceId: { meetingId: form.meetingId, recurrenceId } } });
    if (!occurrence) return { kind: 'invalid' as const, field: 'recurrenceId' };
    const key = { meetingId_recurrenceId: { meetingId: form.meetingId, recurrenceId } };
    if (form.intent === 'restore') await tx.meetingOccurrenceOverride.deleteMany({ where: { meetingId: form.meetingId, recurrenceId } });
    else {
      const data = form.intent === 'cancel' ? { cancelled: true, startsAt: null, endsAt: null } : { cancelled: false, startsAt: localToInstant(form.start!), endsAt: localToInstant(form.end!) };
      await tx.meetingOccurrenceOverride.upsert({ where: key, create: { meetingId: form.meetingId, recurrenceId, ...data }, update: data });
    }
    await tx.meeting.update({ where: { id: form.meetingId }, data: { sequence: { increment: 1 } } });
    await writeMeetingOccurrences(tx, [form.meetingId]);
    await recordAudit(tx, {
      actorId,
      itemType: 'meeting',
      itemId: form.meetingId,
      action: `occurrence.${form.intent === 'move' ? 'moved' : form.intent === 'cancel' ? 'cancelled' : 'restored'}`,
      changes: { [form.recurrenceId]: { before: { startsAt: occurrence.startsAt.toISOString(), cancelled: occurrence.cancelled }, after: form.intent === 'move' ? { start: form.start, end: form.end } : form.intent } },
    });
    return { kind: 'ok' as const, meetingId: form.meetingId };
  });
}

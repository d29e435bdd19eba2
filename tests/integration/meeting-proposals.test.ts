// Proposing a meeting (public form operation and its JSON door), publishing it from the inbox, and
// the team's upkeep of the agenda: stored whole or not at all, audited, SEQUENCE raised.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as postProposal } from '@/app/api/meeting-proposals/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { changeOccurrence, meetingFormSchema, occurrenceFormSchema, saveMeeting } from '@/lib/agenda/maintain-meetings';
import { publishMeetingProposal } from '@/lib/agenda/publish-meeting-proposal';
import { submitMeetingProposal } from '@/lib/agenda/submit-meeting-proposal';
import { meetingQuerySchema } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { localToInstant } from '@/lib/agenda/meeting-time';
import { loadInboxItem } from '@/lib/inbox/load-inbox-item';
import { eraseInboxItem } from '@/lib/privacy/erase-inbox-item';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';
import { createTestMember } from '@/tests/support/inbox-factory';

let prisma: Db;
let member: { id: string };
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}:${Date.now()}`;
const originalUrl = process.env.DATABASE_URL;

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    title: `Intervisie buurtteams Deventer ${Date.now()}`,
    summary: 'Buurtteams bespreken samen een casus over vroegsignalering.',
    start: '2099-09-15T19:30',
    end: '2099-09-15T21:30',
    recurrence: 'FREQ=MONTHLY;COUNT=3',
    place: 'Wijkcentrum De Hoven',
    municipality: 'Deventer',
    province: 'overijssel',
    themes: ['early-signalling-prevention'],
    targetGroups: ['professionals'],
    registrationEmail: 'aanmelden@example.nl',
    submitterName: 'Anouk Jansen',
    submitterEmail: 'anouk@example.nl',
    ...overrides,
  };
}

const upcoming = async () => (await searchMeetings(prisma, meetingQuerySchema.parse({ pageSize: '100' }))).items.map((item) => item.slug);

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  process.env.DATABASE_URL = inject('databaseUrl');
  member = await createTestMember(prisma);
});

afterAll(async () => {
  process.env.DATABASE_URL = originalUrl;
  await prisma.$disconnect();
});

describe('proposing a meeting', () => {
  it('stores an unpublished meeting with its proposal, audit event and e-mail; not in the agenda yet', async () => {
    const outcome = await submitMeetingProposal(prisma, proposal(), { ip: freshIp(), locale: 'nl' });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: outcome.value.meetingId }, include: { proposal: true, occurrences: true } });
    expect(meeting).toMatchObject({ publishedAt: null, recurrence: 'FREQ=MONTHLY;COUNT=3', startsAt: localToInstant('2099-09-15T19:30') });
    expect(meeting.occurrences).toHaveLength(3);
    expect(meeting.proposal).toMatchObject({ submitterEmail: 'anouk@example.nl', status: 'new' });
    expect(await prisma.auditEvent.count({ where: { itemId: outcome.value.proposalId, action: 'created' } })).toBe(1);
    expect(await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: outcome.value.proposalId } })).toMatchObject({ to: 'anouk@example.nl', template: 'meeting-proposed' });
    expect(await upcoming()).not.toContain(meeting.slug);
    expect((await loadInboxItem(prisma, 'meeting', outcome.value.proposalId))?.title).toBe(meeting.title);
  });

  it('answers field errors in Dutch and English and stores nothing', async () => {
    const before = await prisma.meeting.count();
    const outcome = await submitMeetingProposal(prisma, proposal({ recurrence: 'elke week', themes: [] }), { ip: freshIp(), locale: 'nl' });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['recurrence', 'themes']);
    // The rules across fields, once every field holds: the end after the start, a place or online.
    const crossing = await submitMeetingProposal(prisma, proposal({ end: '2099-09-15T18:00', place: '', municipality: '' }), { ip: freshIp(), locale: 'nl' });
    expect(crossing.kind === 'invalid' && crossing.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['end', 'place']);
    expect(await prisma.meeting.count()).toBe(before);
  });

  it('has a JSON door through the request gate: 201, then 400 with the field named', async () => {
    const post = (body: unknown) =>
      postProposal(new Request('http://localhost/api/meeting-proposals', { method: 'POST', headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: freshIp() }, body: JSON.stringify(body) }));
    const created = await post(proposal());
    expect(created.status).toBe(201);
    const refused = await post(proposal({ start: '2099-02-30T10:00' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { issues: { path: string; message: string }[] }).issues[0]).toMatchObject({ path: 'start' });
  });

  it('is published from the inbox: in the agenda, proposal done, organiser told; only once', async () => {
    const outcome = await submitMeetingProposal(prisma, proposal(), { ip: freshIp(), locale: 'en' });
    if (outcome.kind !== 'ok') throw new Error('not stored');
    const published = await publishMeetingProposal(prisma, member.id, outcome.value.proposalId, 1);
    expect(published.kind).toBe('ok');
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: outcome.value.meetingId }, include: { proposal: true } });
    expect(meeting.publishedAt).not.toBeNull();
    expect(meeting.sequence).toBe(1);
    expect(meeting.proposal?.status).toBe('done');
    expect(await upcoming()).toContain(meeting.slug);
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: outcome.value.proposalId, template: 'meeting-published' } });
    expect(mail.text).toContain(`/agenda/${meeting.slug}`);
    expect(await publishMeetingProposal(prisma, member.id, outcome.value.proposalId, 1)).toEqual({ kind: 'conflict' });
    expect(await publishMeetingProposal(prisma, member.id, outcome.value.proposalId, 2)).toEqual({ kind: 'invalid' });
  });
});

describe('the team keeps the agenda', () => {
  const form = (input: Record<string, unknown>) => meetingFormSchema.parse(input);

  it('adds a meeting of its own programme, edits and cancels it, each change audited with SEQUENCE raised', async () => {
    const created = await saveMeeting(prisma, member.id, form({ ...proposal({ title: 'Landelijke leerdag leernetwerken' }), recurrence: undefined }));
    if (created.kind !== 'ok') throw new Error(created.kind);
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: created.meetingId } });
    expect(meeting).toMatchObject({ offeringId: null, sequence: 0 });
    expect(meeting.publishedAt).not.toBeNull();
    expect(await saveMeeting(prisma, member.id, form({ ...proposal({ title: 'Landelijke leerdag' }), meetingId: meeting.id, sequence: 5 }))).toEqual({ kind: 'conflict' });
    const cancelled = await saveMeeting(prisma, member.id, form({ ...proposal({ title: 'Landelijke leerdag leernetwerken' }), recurrence: undefined, status: 'cancelled', meetingId: meeting.id, sequence: 0 }));
    expect(cancelled.kind).toBe('ok');
    const after = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { occurrences: true } });
    expect(after).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(after.occurrences.every((occurrence) => occurrence.cancelled)).toBe(true);
    expect(await prisma.auditEvent.findFirst({ where: { itemId: meeting.id, action: 'meeting.cancelled' } })).not.toBeNull();
    expect(await saveMeeting(prisma, member.id, form({ ...proposal(), offering: 'bestaat-niet' }))).toEqual({ kind: 'invalid', field: 'offering' });
  });

  it('moves, cancels and restores one date of a series', async () => {
    const created = await saveMeeting(prisma, member.id, form(proposal({ title: 'Reeks intervisie Zwolle' })));
    if (created.kind !== 'ok') throw new Error(created.kind);
    const second = localToInstant('2099-10-15T19:30').toISOString();
    const change = (intent: string, sequence: number, extra: Record<string, unknown> = {}) =>
      changeOccurrence(prisma, member.id, occurrenceFormSchema.parse({ meetingId: created.meetingId, sequence: String(sequence), recurrenceId: second, intent, ...extra }));
    expect(await change('move', 0, { start: '2099-10-16T14:00', end: '2099-10-16T16:00' })).toMatchObject({ kind: 'ok' });
    let dates = await prisma.meetingOccurrence.findMany({ where: { meetingId: created.meetingId }, orderBy: { recurrenceId: 'asc' } });
    expect(dates[1]).toMatchObject({ startsAt: localToInstant('2099-10-16T14:00'), cancelled: false });
    expect(await change('cancel', 0)).toEqual({ kind: 'conflict' });
    expect(await change('cancel', 1)).toMatchObject({ kind: 'ok' });
    dates = await prisma.meetingOccurrence.findMany({ where: { meetingId: created.meetingId }, orderBy: { recurrenceId: 'asc' } });
    expect(dates[1]).toMatchObject({ startsAt: localToInstant('2099-10-15T19:30'), cancelled: true });
    expect(await change('restore', 2)).toMatchObject({ kind: 'ok' });
    expect(await prisma.meetingOccurrenceOverride.count({ where: { meetingId: created.meetingId } })).toBe(0);
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: created.meetingId } })).sequence).toBe(3);
    expect(await prisma.auditEvent.count({ where: { itemId: created.meetingId, action: { startsWith: 'occurrence.' } } })).toBe(3);
    expect(() => occurrenceFormSchema.parse({ meetingId: created.meetingId, sequence: '3', recurrenceId: second, intent: 'move', start: '2099-10-16T14:00', end: '2099-10-16T13:00' })).toThrow();
  });
});

describe('erasing a meeting proposal (retention)', () => {
  it('removes who proposed it: an unpublished meeting goes with it, a published one stays in the agenda', async () => {
    const waiting = await submitMeetingProposal(prisma, proposal({ submitterEmail: 'wacht@example.nl' }), { ip: freshIp(), locale: 'nl' });
    const published = await submitMeetingProposal(prisma, proposal({ submitterEmail: 'gepubliceerd@example.nl' }), { ip: freshIp(), locale: 'nl' });
    if (waiting.kind !== 'ok' || published.kind !== 'ok') throw new Error('not stored');
    await publishMeetingProposal(prisma, member.id, published.value.proposalId, 1);
    for (const id of [waiting.value.proposalId, published.value.proposalId]) expect(await prisma.$transaction((tx) => eraseInboxItem(tx, 'meeting', id, 'retention'))).toBe(true);
    expect(await prisma.meeting.findUnique({ where: { id: waiting.value.meetingId } })).toBeNull();
    const kept = await prisma.meeting.findUniqueOrThrow({ where: { id: published.value.meetingId }, include: { proposal: true } });
    expect(kept.publishedAt).not.toBeNull();
    expect(kept.proposal).toMatchObject({ submitterName: '', submitterEmail: '' });
    expect(await prisma.outboundEmail.count({ where: { to: { in: ['wacht@example.nl', 'gepubliceerd@example.nl'] } } })).toBe(0);
  });
});

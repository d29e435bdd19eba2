// The coordination team's inbox and item operations against a real PostgreSQL. Test files run one
// after another; this one empties the four inbox tables first, so its counts are exact.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { listItemTimeline, addInternalNote } from '@/lib/inbox/add-internal-note';
import { curateMatches } from '@/lib/inbox/curate-matches';
import { inboxCsv } from '@/lib/inbox/inbox-csv';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { findInboxNeighbours, listInboxItems } from '@/lib/inbox/list-inbox-items';
import { publishSubmission } from '@/lib/inbox/publish-submission';
import { sendQuestionResponse } from '@/lib/inbox/send-question-response';
import { updateInboxItem, updateInboxItems } from '@/lib/inbox/update-inbox-item';
import { getTranslator } from '@/lib/i18n/translate';
import {
  createTestContactMessage,
  createTestMember,
  createTestQuestion,
  createTestSubmission,
  createTestSupportRequest,
} from '@/tests/support/inbox-factory';

let prisma: Db;
let coordinator: { id: string };
let colleague: { id: string };
const day = 86_400_000;
const NOW = new Date();

let question: Awaited<ReturnType<typeof createTestQuestion>>;
let oldQuestion: Awaited<ReturnType<typeof createTestQuestion>>;
let support: Awaited<ReturnType<typeof createTestSupportRequest>>;
let submission: Awaited<ReturnType<typeof createTestSubmission>>;
let contact: Awaited<ReturnType<typeof createTestContactMessage>>;

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  await prisma.$executeRaw`TRUNCATE learning_questions, support_requests, network_plans, offering_submissions, contact_messages, meeting_proposals, knowledge_product_proposals CASCADE`;
  coordinator = await createTestMember(prisma, { name: 'Anna Coördinator' });
  colleague = await createTestMember(prisma, { name: 'Bram Collega' });
  oldQuestion = await createTestQuestion(prisma, { question: 'Hoe houden we de wijkaanpak lang vol?', themes: ['long-term-neighbourhood-approach'], province: 'groningen', createdAt: new Date(NOW.getTime() - 20 * day) });
  support = await createTestSupportRequest(prisma, { createdAt: new Date(NOW.getTime() - 3 * day) });
  submission = await createTestSubmission(prisma, { provinces: ['gelderland'], createdAt: new Date(NOW.getTime() - 2 * day) });
  contact = await createTestContactMessage(prisma, { subject: 'Meedoen met de leerkring', createdAt: new Date(NOW.getTime() - day) });
  question = await createTestQuestion(prisma, { question: 'Hoe betrekken we jongeren bij buurtbemiddeling?', province: 'utrecht' });
});

afterAll(async () => {
  await prisma.$disconnect();
});

const list = (query: Record<string, string> = {}) => listInboxItems(prisma, parseInboxFilters(query), coordinator.id);

describe('the inbox', () => {
  it('shows all four kinds of item, newest first, with the overdue marker after five working days', async () => {
    const { items, total } = await list();
    expect(total).toBe(5);
    expect(items.map((item) => item.id)).toEqual([question.id, contact.id, submission.id, support.id, oldQuestion.id]);
    expect(items.map((item) => item.type)).toEqual(['question', 'contact', 'submission', 'support', 'question']);
    expect(items.find((item) => item.id === oldQuestion.id)!.overdue).toBe(true);
    expect(items.find((item) => item.id === question.id)!.overdue).toBe(false);
  });

  it('filters by type, theme, province, age and search, and sorts oldest first', async () => {
    expect((await list({ type: 'contact' })).items.map((item) => item.id)).toEqual([contact.id]);
    expect((await list({ theme: 'long-term-neighbourhood-approach' })).items.map((item) => item.id)).toEqual([oldQuestion.id]);
    expect((await list({ province: 'gelderland' })).items.map((item) => item.id)).toEqual([submission.id]);
    expect((await list({ age: 'overdue' })).items.map((item) => item.id)).toEqual([oldQuestion.id]);
    expect((await list({ age: 'week' })).total).toBe(4);
    expect((await list({ q: 'jongeren' })).items.map((item) => item.id)).toEqual([question.id]);
    expect((await list({ q: '100%_' })).total).toBe(0);
    expect((await list({ sort: 'oldest' })).items[0]!.id).toBe(oldQuestion.id);
  });

  it('pages through the list', async () => {
    const page2 = await listInboxItems(prisma, parseInboxFilters({ page: '2' }), coordinator.id, { limit: 2 });
    expect(page2.items.map((item) => item.id)).toEqual([submission.id, support.id]);
    expect(page2.pageCount).toBe(3);
    expect((await listInboxItems(prisma, parseInboxFilters({ page: '9' }), coordinator.id, { limit: 2 })).total).toBe(5);
  });

  it('gives next and previous through the filtered list', async () => {
    const filters = parseInboxFilters({});
    const around = await findInboxNeighbours(prisma, filters, coordinator.id, { type: 'submission', id: submission.id });
    expect(around).toEqual({ previous: { type: 'contact', id: contact.id }, next: { type: 'support', id: support.id }, position: 3, total: 5 });
    const first = await findInboxNeighbours(prisma, parseInboxFilters({ type: 'question' }), coordinator.id, { type: 'question', id: question.id });
    expect(first).toMatchObject({ previous: null, next: { type: 'question', id: oldQuestion.id }, position: 1, total: 2 });
  });

  it('exports the filtered list as CSV', async () => {
    const { items } = await listInboxItems(prisma, parseInboxFilters({ type: 'question' }), coordinator.id, { limit: 'all' });
    const csv = inboxCsv(items, await getTranslator('nl', 'admin'));
    const lines = csv.trim().split('\r\n').length > 1 ? csv.trim().split('\r\n') : csv.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('type,id,title');
    expect(csv).toContain('Hoe betrekken we jongeren bij buurtbemiddeling?');
    expect(csv).toContain('Leervraag');
  });
});

describe('triage', () => {
  it('changes status and assignee with optimistic locking, and puts before/after on the timeline', async () => {
    const fresh = await createTestQuestion(prisma);
    const first = await updateInboxItem(prisma, coordinator.id, { type: 'question', id: fresh.id }, 1, { status: 'in_progress' });
    expect(first).toEqual({ kind: 'ok', version: 2 });
    // A colleague who still saw version 1 is refused, and gets the fresh state.
    const second = await updateInboxItem(prisma, colleague.id, { type: 'question', id: fresh.id }, 1, { assigneeId: colleague.id });
    expect(second).toMatchObject({ kind: 'conflict', current: { status: 'in_progress', version: 2, assigneeId: null } });
    expect(await updateInboxItem(prisma, colleague.id, { type: 'question', id: fresh.id }, 2, { assigneeId: colleague.id })).toEqual({ kind: 'ok', version: 3 });
    const row = await prisma.learningQuestion.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(row).toMatchObject({ status: 'in_progress', assigneeId: colleague.id, version: 3 });
    expect(row.firstResponseAt).not.toBeNull();
    await addInternalNote(prisma, coordinator.id, { type: 'question', id: fresh.id }, 'Bel eerst de gemeente.');
    const timeline = await listItemTimeline(prisma, { type: 'question', id: fresh.id });
    expect(timeline.map((entry) => (entry.kind === 'note' ? 'note' : entry.action))).toEqual(['item.status-changed', 'item.assigned', 'note']);
    expect(timeline[0]).toMatchObject({ actor: 'Anna Coördinator', changes: { status: { before: 'new', after: 'in_progress' } } });
    expect(timeline[1]).toMatchObject({ actor: 'Bram Collega', changes: { assigneeId: { before: null, after: colleague.id } } });
  });

  it('refuses a transition the workflow does not allow, and a rejection without a reason', async () => {
    const fresh = await createTestContactMessage(prisma);
    const ref = { type: 'contact' as const, id: fresh.id };
    expect(await updateInboxItem(prisma, coordinator.id, ref, 1, { status: 'matched' })).toEqual({ kind: 'invalid', problem: 'transition' });
    expect(await updateInboxItem(prisma, coordinator.id, ref, 1, { status: 'rejected', reason: ' ' })).toEqual({ kind: 'invalid', problem: 'reason' });
    expect((await prisma.contactMessage.findUniqueOrThrow({ where: { id: fresh.id } })).version).toBe(1);
  });

  it('tells the person when their item is matched, referred or done, not when it is taken in hand', async () => {
    const fresh = await createTestQuestion(prisma, { locale: 'en' });
    const ref = { type: 'question' as const, id: fresh.id };
    await updateInboxItem(prisma, coordinator.id, ref, 1, { status: 'in_progress' });
    expect(await prisma.outboundEmail.count({ where: { itemId: fresh.id } })).toBe(0);
    await updateInboxItem(prisma, coordinator.id, ref, 2, { status: 'referred' });
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: fresh.id, template: 'item-status-changed' } });
    expect(mail.to).toBe(fresh.contactEmail);
    expect(mail.text).toContain('has a new status: Referred');
  });

  it('rejects with a reason and e-mails the sender', async () => {
    const fresh = await createTestSupportRequest(prisma);
    expect((await updateInboxItem(prisma, coordinator.id, { type: 'support', id: fresh.id }, 1, { status: 'rejected', reason: 'Dit valt buiten ons werkgebied.' })).kind).toBe('ok');
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: fresh.id, template: 'item-rejected' } });
    expect(mail.to).toBe(fresh.contactEmail);
    expect(mail.text).toContain('Dit valt buiten ons werkgebied.');
  });

  it('updates several items at once, each with its own version check', async () => {
    const a = await createTestContactMessage(prisma);
    const b = await createTestQuestion(prisma);
    const result = await updateInboxItems(prisma, coordinator.id, [
      { ref: { type: 'contact', id: a.id }, version: 1 },
      { ref: { type: 'question', id: b.id }, version: 7 },
    ], { assigneeId: colleague.id, status: 'in_progress' });
    expect(result).toEqual({ updated: 1, refused: 1 });
    expect(await prisma.contactMessage.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ assigneeId: colleague.id, status: 'in_progress' });
    expect(await prisma.learningQuestion.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ assigneeId: null, status: 'new' });
    const assignedToColleague = await listInboxItems(prisma, parseInboxFilters({ assignee: colleague.id, type: 'contact' }), coordinator.id);
    expect(assignedToColleague.items.map((item) => item.id)).toEqual([a.id]);
  });
});

describe('a learning question', () => {
  it('has its matches curated (add, reorder, remove) and a response sent by e-mail, all on the timeline', async () => {
    const q = await createTestQuestion(prisma, { contactEmail: 'vraagsteller@gemeente.example.nl' });
    const offerings = await prisma.offering.findMany({ where: { status: 'published' }, take: 3, orderBy: { slug: 'asc' } });
    await prisma.matchResult.create({ data: { learningQuestionId: q.id, offeringId: offerings[0]!.id, rank: 1, score: 0.9, checks: [] } });
    let version = 1;
    expect(await curateMatches(prisma, coordinator.id, q.id, version++, { op: 'add', offeringId: offerings[1]!.id })).toEqual({ kind: 'ok' });
    expect(await curateMatches(prisma, coordinator.id, q.id, version++, { op: 'add', offeringId: offerings[2]!.id })).toEqual({ kind: 'ok' });
    expect(await curateMatches(prisma, coordinator.id, q.id, version++, { op: 'up', offeringId: offerings[2]!.id })).toEqual({ kind: 'ok' });
    expect(await curateMatches(prisma, coordinator.id, q.id, version++, { op: 'remove', offeringId: offerings[0]!.id })).toEqual({ kind: 'ok' });
    expect(await curateMatches(prisma, coordinator.id, q.id, 1, { op: 'remove', offeringId: offerings[1]!.id })).toEqual({ kind: 'conflict' });
    expect(await curateMatches(prisma, coordinator.id, q.id, version, { op: 'add', offeringId: offerings[1]!.id })).toEqual({ kind: 'invalid' });
    const matches = await prisma.matchResult.findMany({ where: { learningQuestionId: q.id }, orderBy: { rank: 'asc' } });
    expect(matches.map((match) => [match.offeringId, match.rank, match.source])).toEqual([
      [offerings[2]!.id, 1, 'coordinator'],
      [offerings[1]!.id, 2, 'coordinator'],
    ]);

    expect(await sendQuestionResponse(prisma, coordinator.id, q.id, version, 'te kort')).toEqual({ kind: 'invalid' });
    const sent = await sendQuestionResponse(prisma, coordinator.id, q.id, version, 'Dank voor je vraag. Deze twee leernetwerken passen goed.');
    expect(sent.kind).toBe('ok');
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: q.id, template: 'question-response' } });
    expect(mail.to).toBe('vraagsteller@gemeente.example.nl');
    expect(mail.text).toContain('Deze twee leernetwerken passen goed.');
    expect(mail.text.indexOf(offerings[2]!.title)).toBeLessThan(mail.text.indexOf(offerings[1]!.title));
    const row = await prisma.learningQuestion.findUniqueOrThrow({ where: { id: q.id } });
    expect(row.respondedAt).not.toBeNull();
    expect(row.firstResponseAt).not.toBeNull();
    const actions = (await listItemTimeline(prisma, { type: 'question', id: q.id })).map((entry) => (entry.kind === 'event' ? entry.action : 'note'));
    expect(actions).toEqual([...Array(4).fill('question.matches-changed'), 'question.response-sent']);
  });
});

describe('an offering submission', () => {
  it('is published into the catalogue, the provider is e-mailed, and it cannot be published twice', async () => {
    const fresh = await createTestSubmission(prisma);
    expect(await publishSubmission(prisma, coordinator.id, fresh.id, 1)).toEqual({ kind: 'ok', slug: fresh.offering.slug });
    const offering = await prisma.offering.findUniqueOrThrow({ where: { id: fresh.offeringId } });
    expect(offering.status).toBe('published');
    expect(offering.publishedAt).not.toBeNull();
    expect(offering.lastReviewedAt).not.toBeNull();
    expect((await prisma.offeringSubmission.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe('done');
    expect(await prisma.outboundEmail.count({ where: { itemId: fresh.id, template: 'submission-published' } })).toBe(1);
    expect(await publishSubmission(prisma, coordinator.id, fresh.id, 2)).toEqual({ kind: 'invalid' });
  });
});

describe('catalogue upkeep and gaps', () => {
  it('lists offerings not reviewed for twelve months, edits with the version check, and archives', async () => {
    const { listOfferingsForUpkeep, updateOffering } = await import('@/lib/catalogue/maintain-offerings');
    const stale = await prisma.offering.findFirstOrThrow({ where: { status: 'published' }, orderBy: { slug: 'asc' } });
    await prisma.offering.update({ where: { id: stale.id }, data: { lastReviewedAt: new Date(Date.now() - 400 * day) } });
    const due = await listOfferingsForUpkeep(prisma, { reviewDue: true, page: 1 });
    expect(due.offerings.map((offering) => offering.id)).toContain(stale.id);
    const version = (await prisma.offering.findUniqueOrThrow({ where: { id: stale.id } })).version;
    const invalid = await updateOffering(prisma, coordinator.id, stale.id, version, { edit: { title: 'x', summary: stale.summary, openToJoin: true } });
    expect(invalid.kind).toBe('invalid');
    expect(await updateOffering(prisma, coordinator.id, stale.id, version, { edit: { title: `${stale.title} (bijgewerkt)`, summary: stale.summary, openToJoin: false } })).toEqual({ kind: 'ok' });
    expect(await updateOffering(prisma, coordinator.id, stale.id, version, { archive: true })).toEqual({ kind: 'conflict' });
    const edited = await prisma.offering.findUniqueOrThrow({ where: { id: stale.id } });
    expect(edited).toMatchObject({ title: `${stale.title} (bijgewerkt)`, openToJoin: false, status: 'published' });
    expect((await listOfferingsForUpkeep(prisma, { reviewDue: true, page: 1 })).offerings.map((offering) => offering.id)).not.toContain(stale.id);
    expect(await updateOffering(prisma, coordinator.id, stale.id, edited.version, { archive: true })).toEqual({ kind: 'ok' });
    expect((await prisma.offering.findUniqueOrThrow({ where: { id: stale.id } })).status).toBe('archived');
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { itemType: 'offering', itemId: stale.id, action: 'offering.edited' } });
    expect(event.changes).toMatchObject({ openToJoin: { before: true, after: false } });
  });

  it('counts demand against open supply per theme and scale, with verdicts, and by month', async () => {
    const { measureGaps, measureGapTrend, gapLevel } = await import('@/lib/gaps/measure-gaps');
    const before = (await measureGaps(prisma)).find((theme) => theme.id === 'poverty')!.cells.find((cell) => cell.scale === 'local')!;
    await createTestQuestion(prisma, { themes: ['poverty'] });
    await createTestQuestion(prisma, { themes: ['poverty', 'social-base'] });
    const themes = await measureGaps(prisma);
    const poverty = themes.find((theme) => theme.id === 'poverty')!;
    const local = poverty.cells.find((cell) => cell.scale === 'local')!;
    expect(local.questions).toBe(before.questions + 2);
    expect(local.verdicts['join-existing']).toBe(before.verdicts['join-existing'] + 2);
    const openLocal = await prisma.offering.count({ where: { status: 'published', openToJoin: true, themes: { has: 'poverty' }, scales: { has: 'local' } } });
    expect(local.openOfferings).toBe(openLocal);
    expect(themes.filter((theme) => theme.isGapTheme)).toHaveLength(5);
    const trend = await measureGapTrend(prisma);
    expect(trend).toHaveLength(12);
    expect(trend.at(-1)!.questions).toBeGreaterThanOrEqual(2);
    expect([gapLevel(0, 0), gapLevel(3, 0), gapLevel(1, 5), gapLevel(3, 3), gapLevel(9, 2)]).toEqual([0, 4, 1, 2, 3]);
  });
});

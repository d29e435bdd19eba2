// An initiator deletes their learning question or plan with its private link: 204, then the link
// answers 404 and no column of any table holds their name or e-mail address any more, while the team's
// actions stay on the audit trail and the gaps (lacunes) count the same. Withdrawing consent to be
// connected removes the links.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DELETE as deleteQuestionRoute, GET as exportQuestionRoute } from '@/app/api/learning-questions/[token]/route';
import { DELETE as deletePlanRoute, GET as exportPlanRoute } from '@/app/api/netwerkplannen/[token]/route';
import { GET as planPdfRoute } from '@/app/api/netwerkplannen/[token]/pdf/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { measureGaps, measureGapTrend } from '@/lib/gaps/measure-gaps';
import { addInternalNote } from '@/lib/inbox/add-internal-note';
import { linkSimilarQuestion } from '@/lib/inbox/link-similar-questions';
import { sendQuestionResponse } from '@/lib/inbox/send-question-response';
import { updateInboxItem } from '@/lib/inbox/update-inbox-item';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { findSimilarQuestions } from '@/lib/matchmaking/find-similar-questions';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { withdrawConnectConsent } from '@/lib/privacy/withdraw-connect-consent';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';
import { createTestMember, createTestQuestion } from '@/tests/support/inbox-factory';
import { findInEveryTable } from '@/tests/support/personal-data-scan';

const original = process.env.DATABASE_URL;
let prisma: Db;
let coordinator: { id: string };
const THEME = 'trust-and-connection-in-the-neighbourhood';

/** A name and address no other test uses, so finding them anywhere means they were left behind. */
function person() {
  const tag = randomBytes(4).toString('hex').replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!);
  return { name: `Aafke Oosterbeek${tag}`, email: `aafke.${tag}@voorbeeld.nl` };
}

const context = () => ({ params: Promise.resolve({ token: '' }) });
const withToken = (token: string) => ({ params: Promise.resolve({ token }) });
const request = (method: string) => new Request('http://localhost/api/x', { method });

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
  coordinator = await createTestMember(prisma);
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

async function askQuestion(asker: { name: string; email: string }) {
  const outcome = await submitLearningQuestion(
    prisma,
    {
      question: 'Hoe bouwen we vertrouwen op tussen bewoners en de wijkagent in een buurt met veel verloop?',
      themes: [THEME],
      targetGroups: ['professionals'],
      scale: 'local',
      province: 'gelderland',
      municipality: 'Arnhem',
      contactName: asker.name,
      contactEmail: asker.email,
      organisation: 'Gemeente Arnhem',
      consentContact: true,
      consentConnect: true,
    },
    { ip: `198.51.100.${Math.floor(Math.random() * 200)}-${randomBytes(3).toString('hex')}`, locale: 'nl' },
  );
  if (outcome.kind !== 'ok') throw new Error(`question not stored: ${outcome.kind}`);
  return outcome.value;
}

async function version(id: string) {
  return (await prisma.learningQuestion.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe('deleting a learning question with its private link', () => {
  it('answers 204, then 404, and leaves the name and address nowhere while the gaps count the same', async () => {
    const asker = person();
    const { id, token } = await askQuestion(asker);
    const other = await createTestQuestion(prisma, { themes: [THEME], consentConnect: true });

    // The team works on it: links it, changes its status, answers, writes notes that name the asker.
    expect(await linkSimilarQuestion(prisma, coordinator.id, id, other.id, 'link')).toEqual({ kind: 'ok' });
    expect((await updateInboxItem(prisma, coordinator.id, { type: 'question', id }, await version(id), { status: 'in_progress' })).kind).toBe('ok');
    expect((await sendQuestionResponse(prisma, coordinator.id, id, await version(id), `Beste ${asker.name}, we brengen je in contact met de wijkagent.`)).kind).toBe('ok');
    await addInternalNote(prisma, coordinator.id, { type: 'question', id }, `Gebeld met ${asker.name} (${asker.email}).`);
    await addInternalNote(prisma, coordinator.id, { type: 'question', id: other.id }, `Lijkt op de vraag van ${asker.name.toUpperCase()}.`);
    await prisma.outboundEmail.create({
      data: { to: 'collega@team.example.nl', subject: `Vraag van ${asker.name}`, text: `Kun jij ${asker.email} bellen?`, template: 'forwarded', itemType: 'user', itemId: coordinator.id },
    });
    expect(await findInEveryTable(inject('databaseUrl'), [asker.name, asker.email])).not.toEqual([]);

    const download = await exportQuestionRoute(request('GET'), withToken(token));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    const data = await download.json();
    expect(data.contact).toMatchObject({ name: asker.name, email: asker.email, organisation: 'Gemeente Arnhem' });
    expect(data.consent).toEqual({ contact: true, connect: true });
    expect(data.linkedQuestions).toBe(1);
    expect(data.emails.map((email: { subject: string }) => email.subject)).toHaveLength(2);
    expect(data.history.map((event: { action: string }) => event.action)).toEqual(['created', 'question.linked', 'item.status-changed', 'question.response-sent']);
    expect(data.internalNoteCount).toBe(1);

    const gaps = await measureGaps(prisma);
    const trend = await measureGapTrend(prisma, 12, THEME);

    const deleted = await deleteQuestionRoute(request('DELETE'), withToken(token));
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect((await exportQuestionRoute(request('GET'), withToken(token))).status).toBe(404);
    expect((await deleteQuestionRoute(request('DELETE'), withToken(token))).status).toBe(404);
    expect(await findLearningQuestionByToken(prisma, token)).toBeNull();

    expect(await findInEveryTable(inject('databaseUrl'), [asker.name, asker.email])).toEqual([]);
    expect(await prisma.matchResult.count({ where: { learningQuestionId: id } })).toBe(0);
    expect(await prisma.questionLink.count({ where: { OR: [{ questionId: id }, { relatedQuestionId: id }] } })).toBe(0);
    expect(await prisma.outboundEmail.count({ where: { itemType: 'learning_question', itemId: id } })).toBe(0);
    expect(await prisma.internalNote.count({ where: { itemId: id } })).toBe(0);
    // The other question's note stays, without the name.
    expect((await prisma.internalNote.findFirstOrThrow({ where: { itemId: other.id } })).body).toBe('Lijkt op de vraag van [verwijderd].');

    // Who of the team did what stays; what the public wrote or was told does not.
    const events = await prisma.auditEvent.findMany({ where: { itemType: 'learning_question', itemId: id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['created', 'question.linked', 'item.status-changed', 'question.response-sent', 'privacy.deleted-by-requester']);
    expect(events.filter((event) => event.actorId === coordinator.id)).toHaveLength(3);
    expect(events.find((event) => event.action === 'item.status-changed')!.changes).toEqual({ status: { before: 'new', after: 'in_progress' } });
    expect(events.find((event) => event.action === 'question.response-sent')!.changes).toBeNull();

    // The gaps still count the question: same cells, same verdicts, same month.
    expect(await measureGaps(prisma)).toEqual(gaps);
    expect(await measureGapTrend(prisma, 12, THEME)).toEqual(trend);
  });

  it('answers 404 for a link that never existed, and for a malformed one', async () => {
    expect((await deleteQuestionRoute(request('DELETE'), withToken(randomBytes(32).toString('base64url')))).status).toBe(404);
    expect((await deleteQuestionRoute(request('DELETE'), context())).status).toBe(404);
  });
});

describe('withdrawing consent to be connected', () => {
  it('stops similar-question suggestions and removes the links on both sides', async () => {
    const asker = person();
    const { id, token } = await askQuestion(asker);
    const other = await createTestQuestion(prisma, { question: 'Hoe bouwen we vertrouwen op tussen bewoners en de wijkagent?', themes: [THEME], consentConnect: true });
    expect(await linkSimilarQuestion(prisma, coordinator.id, id, other.id, 'link')).toEqual({ kind: 'ok' });
    expect((await findSimilarQuestions(other.id, 50, prisma)).map((similar) => similar.id)).toContain(id);

    expect(await withdrawConnectConsent(prisma, token)).toBe('withdrawn');
    expect((await prisma.learningQuestion.findUniqueOrThrow({ where: { id } })).consentConnect).toBe(false);
    expect(await prisma.questionLink.count({ where: { OR: [{ questionId: id }, { relatedQuestionId: id }] } })).toBe(0);
    expect((await findSimilarQuestions(other.id, 50, prisma)).map((similar) => similar.id)).not.toContain(id);
    expect(await linkSimilarQuestion(prisma, coordinator.id, other.id, id, 'link')).toEqual({ kind: 'invalid', problem: 'link' });
    const actions = (await prisma.auditEvent.findMany({ where: { itemId: { in: [id, other.id] }, actorLabel: 'public' } })).map((event) => `${event.itemId === id ? 'own' : 'other'}:${event.action}`);
    expect(actions.sort()).toEqual(['other:question.unlinked', 'own:consent.withdrawn', 'own:created', 'own:question.unlinked']);

    // Withdrawing again changes nothing; a wrong link changes nothing.
    expect(await withdrawConnectConsent(prisma, token)).toBe('withdrawn');
    expect(await prisma.auditEvent.count({ where: { itemId: id, action: 'consent.withdrawn' } })).toBe(1);
    expect(await withdrawConnectConsent(prisma, randomBytes(32).toString('base64url'))).toBe('not-found');
  });
});

describe('deleting a plan with its private link', () => {
  it('removes the plan, its support requests and every trace of the people in them', async () => {
    const initiator = person();
    const helper = person();
    const started = await startNetworkPlan(prisma, { route: 'light', contactName: initiator.name, contactEmail: initiator.email }, { ip: `198.51.100.7-${randomBytes(3).toString('hex')}`, locale: 'nl', appUrl: 'http://localhost:3000' });
    if (started.kind !== 'ok' || !started.value) throw new Error('plan not started');
    const { token, id } = started.value;
    const support = await submitSupportRequest(
      prisma,
      token,
      { supportLevel: 'help-organise', contactName: helper.name, contactEmail: helper.email, message: `Namens ${initiator.name}: graag hulp.` },
      { ip: `198.51.100.8-${randomBytes(3).toString('hex')}`, locale: 'nl' },
    );
    if (support.kind !== 'ok' || !support.value) throw new Error('support request not stored');
    const supportId = support.value.id;
    const current = await prisma.supportRequest.findUniqueOrThrow({ where: { id: supportId } });
    expect((await updateInboxItem(prisma, coordinator.id, { type: 'support', id: supportId }, current.version, { status: 'in_progress' })).kind).toBe('ok');
    await addInternalNote(prisma, coordinator.id, { type: 'support', id: supportId }, `Afspraak met ${helper.name}, ${helper.email}.`);

    const download = await exportPlanRoute(request('GET'), withToken(token));
    expect(download.status).toBe(200);
    const data = await download.json();
    expect(data.contact).toEqual({ name: initiator.name, email: initiator.email });
    expect(data.supportRequests).toMatchObject([{ name: helper.name, email: helper.email, supportLevel: 'help-organise', status: 'in_progress' }]);
    expect(data.emails).toHaveLength(2);

    const deleted = await deletePlanRoute(request('DELETE'), withToken(token));
    expect(deleted.status).toBe(204);
    expect((await exportPlanRoute(request('GET'), withToken(token))).status).toBe(404);
    expect((await planPdfRoute(new Request(`http://localhost/api/netwerkplannen/${token}/pdf`), withToken(token))).status).toBe(404);
    expect((await deletePlanRoute(request('DELETE'), withToken(token))).status).toBe(404);

    expect(await findInEveryTable(inject('databaseUrl'), [initiator.name, initiator.email, helper.name, helper.email])).toEqual([]);
    expect(await prisma.networkPlan.count({ where: { id } })).toBe(0);
    expect(await prisma.supportRequest.count({ where: { id: supportId } })).toBe(0);
    const events = await prisma.auditEvent.findMany({ where: { itemType: 'support_request', itemId: supportId }, orderBy: { id: 'asc' } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ['created', null],
      ['item.status-changed', coordinator.id],
      ['privacy.deleted-by-requester', null],
    ]);
  });
});

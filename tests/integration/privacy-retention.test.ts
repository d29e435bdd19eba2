// The retention job on backdated rows: personal data of items handled longer ago than
// RETENTION_MONTHS goes (the anonymous demand stays for the gaps, the team's actions stay on the
// audit trail), unconfirmed follows go after 7 days, sent mail texts after 90 days, rate-limit
// counters (client addresses) after a day; everything younger or still open stays.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { measureGaps, measureGapTrend } from '@/lib/gaps/measure-gaps';
import { updateInboxItem } from '@/lib/inbox/update-inbox-item';
import { purgePersonalData } from '@/lib/privacy/purge-personal-data';
import { retentionPeriods } from '@/lib/privacy/retention-periods';
import { createTestContactMessage, createTestMember, createTestQuestion, createTestSubmission } from '@/tests/support/inbox-factory';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';
import { findInEveryTable } from '@/tests/support/personal-data-scan';

const adminUrl = inject('adminUrl');
let url: string;
let prisma: Db;
const NOW = new Date();
const DAY = 24 * 3600_000;

function monthsAgo(months: number): Date {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/** Sets when a row was last changed (and created), past Prisma's automatic updated_at. */
async function backdate(table: string, id: string, at: Date) {
  await prisma.$executeRawUnsafe(`UPDATE ${table} SET updated_at = $1, created_at = $1 WHERE id = $2::uuid`, at, id);
}

async function handledQuestion(months: number, status: 'done' | 'rejected' | 'new' = 'done') {
  const question = await createTestQuestion(prisma, { contactEmail: `vrager-${randomBytes(4).toString('hex')}@voorbeeld.nl` });
  await prisma.learningQuestion.update({ where: { id: question.id }, data: { status, rejectionReason: status === 'rejected' ? 'Buiten het werkveld' : null } });
  await backdate('learning_questions', question.id, monthsAgo(months));
  return question;
}

async function plan(months: number, withSupport?: 'done' | 'new') {
  const created = await prisma.networkPlan.create({
    data: { token: randomBytes(16).toString('hex'), route: 'light', title: 'Leernetwerk buurtpreventie', contactName: 'Jeroen Plan', contactEmail: `plan-${randomBytes(4).toString('hex')}@voorbeeld.nl` },
  });
  await backdate('network_plans', created.id, monthsAgo(months));
  if (withSupport) {
    const support = await prisma.supportRequest.create({
      data: { networkPlanId: created.id, supportLevelId: 'help-organise', contactName: 'Fatima Hulp', contactEmail: `hulp-${randomBytes(4).toString('hex')}@voorbeeld.nl`, status: withSupport },
    });
    await backdate('support_requests', support.id, monthsAgo(months));
    return { plan: created, support };
  }
  return { plan: created, support: null };
}

beforeAll(async () => {
  url = await createMigratedDatabase(adminUrl, { seed: 'reference' });
  prisma = createPrismaClient(url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await dropDatabase(adminUrl, url);
});

describe('the retention job', () => {
  it('erases what was handled longer ago than RETENTION_MONTHS and keeps the rest', async () => {
    const coordinator = await createTestMember(prisma);
    const oldDone = await createTestQuestion(prisma, { contactEmail: `oud-${randomBytes(4).toString('hex')}@voorbeeld.nl`, createdAt: monthsAgo(30) });
    const moved = await updateInboxItem(prisma, coordinator.id, { type: 'question', id: oldDone.id }, 1, { status: 'in_progress' });
    expect(moved.kind).toBe('ok');
    await prisma.learningQuestion.update({ where: { id: oldDone.id }, data: { status: 'done' } });
    await backdate('learning_questions', oldDone.id, monthsAgo(25));
    await prisma.$executeRaw`UPDATE learning_questions SET created_at = ${monthsAgo(30)} WHERE id = ${oldDone.id}::uuid`;
    await prisma.outboundEmail.create({ data: { to: oldDone.contactEmail, subject: 'Je leervraag', text: 'Beste Sanne', template: 't', itemType: 'learning_question', itemId: oldDone.id } });
    const oldRejected = await handledQuestion(25, 'rejected');
    const recentDone = await handledQuestion(23);
    const oldOpen = await handledQuestion(30, 'new');

    const oldContact = await createTestContactMessage(prisma);
    await prisma.contactMessage.update({ where: { id: oldContact.id }, data: { status: 'done' } });
    await backdate('contact_messages', oldContact.id, monthsAgo(25));
    const openContact = await createTestContactMessage(prisma);
    await backdate('contact_messages', openContact.id, monthsAgo(25));

    const abandonedPlan = await plan(25);
    const handledSupport = await plan(25, 'done');
    const openSupport = await plan(25, 'new');
    const recentPlan = await plan(23);

    const unconfirmedOld = await prisma.searchSubscription.create({
      data: { email: `volger-oud-${randomBytes(4).toString('hex')}@voorbeeld.nl`, filters: {}, confirmToken: randomBytes(8).toString('hex'), unsubscribeTokens: [randomBytes(8).toString('hex')], createdAt: new Date(NOW.getTime() - 8 * DAY) },
    });
    const unconfirmedNew = await prisma.searchSubscription.create({
      data: { email: `volger-nieuw-${randomBytes(4).toString('hex')}@voorbeeld.nl`, filters: {}, confirmToken: randomBytes(8).toString('hex'), unsubscribeTokens: [randomBytes(8).toString('hex')], createdAt: new Date(NOW.getTime() - 6 * DAY) },
    });
    const confirmedOld = await prisma.searchSubscription.create({
      data: { email: `volger-bevestigd-${randomBytes(4).toString('hex')}@voorbeeld.nl`, filters: {}, confirmToken: randomBytes(8).toString('hex'), unsubscribeTokens: [randomBytes(8).toString('hex')], createdAt: new Date(NOW.getTime() - 60 * DAY), confirmedAt: new Date(NOW.getTime() - 59 * DAY) },
    });
    await prisma.outboundEmail.create({ data: { to: unconfirmedOld.email, subject: 'Bevestig', text: 'Klik hier', template: 'following-confirm', itemType: 'search_subscription', itemId: unconfirmedOld.id } });

    const mail = (daysAgo: number, status: 'sent' | 'queued' = 'sent') =>
      prisma.outboundEmail.create({
        data: { to: 'iemand@voorbeeld.nl', subject: 'Onderwerp', text: 'De tekst van de mail', html: '<p>De tekst</p>', template: 't', status, createdAt: new Date(NOW.getTime() - daysAgo * DAY), sentAt: status === 'sent' ? new Date(NOW.getTime() - daysAgo * DAY) : null },
      });
    const sentOld = await mail(91);
    const sentRecent = await mail(89);
    const queuedOld = await mail(120, 'queued');
    const ancient = await mail(800);

    await prisma.rateLimitBucket.createMany({
      data: [
        { key: 'contactMessage:203.0.113.9', windowStart: new Date(NOW.getTime() - 25 * 3600_000), count: 3 },
        { key: 'contactMessage:203.0.113.9', windowStart: new Date(NOW.getTime() - 23 * 3600_000), count: 1 },
      ],
    });

    const gaps = await measureGaps(prisma);
    const trend = await measureGapTrend(prisma, 36);

    const report = await purgePersonalData(prisma, { now: NOW, periods: retentionPeriods({ RETENTION_MONTHS: 24 }) });
    expect(report).toEqual({
      learningQuestions: 2,
      supportRequests: 1,
      networkPlans: 2,
      contactMessages: 1,
      offeringSubmissions: 0,
      meetingProposals: 0,
      knowledgeProposals: 0,
      unconfirmedFollows: 1,
      sentMailBodies: 2,
      oldMails: 1,
      clientAddressCounters: 1,
    });

    const questions = await prisma.learningQuestion.findMany({ select: { id: true } });
    expect(questions.map((question) => question.id).sort()).toEqual([recentDone.id, oldOpen.id].sort());
    expect(await findInEveryTable(url, [oldDone.contactEmail, oldRejected.contactEmail])).toEqual([]);
    // The team's action on the erased question stays, without personal values.
    const events = await prisma.auditEvent.findMany({ where: { itemId: oldDone.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => [event.action, event.actorId, event.actorLabel])).toEqual([
      ['item.status-changed', coordinator.id, null],
      ['privacy.retention-expired', null, 'system'],
    ]);
    expect(await prisma.auditEvent.findFirst({ where: { itemId: oldRejected.id, action: 'privacy.retention-expired' } })).not.toBeNull();

    expect((await prisma.contactMessage.findMany({ where: { id: { in: [oldContact.id, openContact.id] } } })).map((row) => row.id)).toEqual([openContact.id]);
    const plans = await prisma.networkPlan.findMany({ where: { id: { in: [abandonedPlan.plan.id, handledSupport.plan.id, openSupport.plan.id, recentPlan.plan.id] } }, select: { id: true } });
    expect(plans.map((row) => row.id).sort()).toEqual([openSupport.plan.id, recentPlan.plan.id].sort());
    expect(await prisma.supportRequest.count({ where: { id: openSupport.support!.id } })).toBe(1);

    expect((await prisma.searchSubscription.findMany({ where: { id: { in: [unconfirmedOld.id, unconfirmedNew.id, confirmedOld.id] } } })).map((row) => row.id).sort()).toEqual(
      [unconfirmedNew.id, confirmedOld.id].sort(),
    );
    expect(await findInEveryTable(url, [unconfirmedOld.email])).toEqual([]);

    const mails = new Map((await prisma.outboundEmail.findMany({ where: { id: { in: [sentOld.id, sentRecent.id, queuedOld.id, ancient.id] } } })).map((row) => [row.id, row]));
    expect(mails.get(sentOld.id)).toMatchObject({ text: '', html: null, subject: 'Onderwerp', to: 'iemand@voorbeeld.nl' });
    expect(mails.get(sentRecent.id)).toMatchObject({ text: 'De tekst van de mail', html: '<p>De tekst</p>' });
    expect(mails.get(queuedOld.id)).toMatchObject({ text: 'De tekst van de mail' });
    expect(mails.has(ancient.id)).toBe(false);

    expect((await prisma.rateLimitBucket.findMany()).map((bucket) => bucket.count)).toEqual([1]);

    // The gaps and the trend count the erased questions as before.
    expect(await measureGaps(prisma)).toEqual(gaps);
    expect(await measureGapTrend(prisma, 36)).toEqual(trend);

    // A second run finds nothing more to do.
    const again = await purgePersonalData(prisma, { now: NOW, periods: retentionPeriods({ RETENTION_MONTHS: 24 }) });
    expect(Object.values(again).every((count) => count === 0)).toBe(true);
  });

  it('takes the proposer off a published offering and removes a rejected proposal with its offering', async () => {
    const published = await createTestSubmission(prisma);
    await prisma.offering.update({ where: { id: published.offeringId }, data: { status: 'published', publishedAt: monthsAgo(26) } });
    await prisma.offeringSubmission.update({ where: { id: published.id }, data: { status: 'done' } });
    await backdate('offering_submissions', published.id, monthsAgo(25));
    const rejected = await createTestSubmission(prisma);
    await prisma.offeringSubmission.update({ where: { id: rejected.id }, data: { status: 'rejected', rejectionReason: 'Geen leeraanbod' } });
    await backdate('offering_submissions', rejected.id, monthsAgo(25));
    const recent = await createTestSubmission(prisma);
    await prisma.offeringSubmission.update({ where: { id: recent.id }, data: { status: 'rejected', rejectionReason: 'Geen leeraanbod' } });

    const report = await purgePersonalData(prisma, { now: NOW, periods: retentionPeriods({ RETENTION_MONTHS: 24 }) });
    expect(report.offeringSubmissions).toBe(2);
    expect(await prisma.offeringSubmission.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({ submitterName: '', submitterEmail: '', message: null });
    expect((await prisma.offering.findUniqueOrThrow({ where: { id: published.offeringId } })).status).toBe('published');
    expect(await prisma.offering.count({ where: { id: rejected.offeringId } })).toBe(0);
    expect(await prisma.offeringSubmission.count({ where: { id: recent.id } })).toBe(1);
    expect(await findInEveryTable(url, [published.submitterEmail, rejected.submitterEmail])).toEqual([]);
    expect((await purgePersonalData(prisma, { now: NOW, periods: retentionPeriods({ RETENTION_MONTHS: 24 }) })).offeringSubmissions).toBe(0);
  });

  it('follows a shorter RETENTION_MONTHS', async () => {
    const sevenMonths = await handledQuestion(7);
    const fiveMonths = await handledQuestion(5);
    const report = await purgePersonalData(prisma, { now: NOW, periods: retentionPeriods({ RETENTION_MONTHS: 6 }) });
    expect(report.learningQuestions).toBeGreaterThanOrEqual(1);
    expect(await prisma.learningQuestion.count({ where: { id: sevenMonths.id } })).toBe(0);
    expect(await prisma.learningQuestion.count({ where: { id: fiveMonths.id } })).toBe(1);
  });
});

// Outbox delivery at least once, against a real PostgreSQL and an SMTP server on loopback: a mail
// whose sender dies between sending and marking it sent is sent again once its lease runs out, with
// the same Message-ID; the coordinators' digest is queued once per day however often its job runs,
// and Monday's digest has the weekend's items; the job runner stops gracefully.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createSmtpTransport, deliverDueEmails, LEASE_MS, messageIdFor } from '@/lib/email/deliver-emails';
import { JOBS, startJobRunner, stopJobRunner } from '@/lib/jobs/start-job-runner';
import { queueCoordinatorDigests } from '@/lib/team/queue-coordinator-digests';
import { createTestMember, createTestQuestion } from '@/tests/support/inbox-factory';
import { setUpMailTest } from '@/tests/support/mail-test-context';
import type { SmtpSink } from '@/tests/support/smtp-sink';

const FROM = 'Leernetwerk <leernetwerk@example.nl>';
const context = setUpMailTest();
let prisma: Db;
let sink: SmtpSink;

beforeAll(async () => {
  ({ prisma, sink } = context);
});

const header = (data: string, name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(data)?.[1]?.trim();
const receivedBy = (to: string) => sink.messages.filter((message) => message.to.some((line) => line.includes(to)));

/** The database as seen by a sender that dies right after the SMTP server took the mail. */
function dyingAfterSend(db: Db): Db {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'outboundEmail') return { update: () => Promise.reject(new Error('connection lost')) };
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('delivery at least once', () => {
  it('sends a mail again, with the same Message-ID, when its sender died before marking it sent', async () => {
    const to = `lease-${Date.now()}@example.nl`;
    const email = await prisma.outboundEmail.create({ data: { to, subject: 'Lease', text: 'Hallo', template: 'test' } });
    const now = new Date();
    await expect(deliverDueEmails(dyingAfterSend(prisma), createSmtpTransport(sink.url), FROM, now)).rejects.toThrow('connection lost');
    expect(receivedBy(to)).toHaveLength(1);
    expect(await prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'sending', attempts: 1 });

    // While the lease holds, no other run takes it; once it ran out, the next run sends it again.
    expect(await deliverDueEmails(prisma, createSmtpTransport(sink.url), FROM, new Date(now.getTime() + LEASE_MS - 1000))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueEmails(prisma, createSmtpTransport(sink.url), FROM, new Date(now.getTime() + LEASE_MS + 1000))).toEqual({ sent: 1, failed: 0 });
    expect(await prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'sent', attempts: 2, leaseExpiresAt: null });

    const [first, second] = receivedBy(to);
    expect(header(first!.data, 'Message-ID')).toBe(messageIdFor(email.id, FROM));
    expect(header(second!.data, 'Message-ID')).toBe(header(first!.data, 'Message-ID'));
    expect(messageIdFor(email.id, FROM)).toBe(`<${email.id}@example.nl>`);
  });
});

describe("the coordinators' digest", () => {
  // Monday 14 December 2026, 07:00 in the Netherlands; the previous digest ran on Friday at 07:00.
  const monday = new Date('2026-12-14T06:00:00Z');

  it('has the items of the weekend on Monday, not those of Friday before its digest', async () => {
    const member = await createTestMember(prisma);
    const beforeFriday = await createTestQuestion(prisma, { question: `Vrijdagochtend ${Date.now()}`, createdAt: new Date('2026-12-11T05:30:00Z') });
    const saturday = await createTestQuestion(prisma, { question: `Zaterdag ${Date.now()}`, createdAt: new Date('2026-12-12T10:00:00Z') });
    const sunday = await createTestQuestion(prisma, { question: `Zondag ${Date.now()}`, createdAt: new Date('2026-12-13T21:00:00Z') });
    await queueCoordinatorDigests(prisma, monday);
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: member.email, template: 'coordinator-digest' } });
    expect(mail.text).toContain(saturday.question);
    expect(mail.text).toContain(sunday.question);
    expect(mail.text).not.toContain(beforeFriday.question);
  });

  it('is queued once per member and day, also when its job runs again', async () => {
    const member = await createTestMember(prisma);
    const question = await createTestQuestion(prisma, { createdAt: new Date('2026-12-14T05:00:00Z') });
    await prisma.learningQuestion.update({ where: { id: question.id }, data: { assigneeId: member.id } });
    await queueCoordinatorDigests(prisma, monday);
    await queueCoordinatorDigests(prisma, new Date(monday.getTime() + 60_000));
    expect(await prisma.outboundEmail.count({ where: { to: member.email, template: 'coordinator-digest' } })).toBe(1);
    await queueCoordinatorDigests(prisma, new Date(monday.getTime() + 86_400_000));
    expect(await prisma.outboundEmail.count({ where: { to: member.email, template: 'coordinator-digest' } })).toBe(2);
  });
});

describe('the job runner', () => {
  it('delivers through pg-boss and stops gracefully', async () => {
    const to = `job-${Date.now()}@example.nl`;
    await prisma.outboundEmail.create({ data: { to, subject: 'Via de job', text: 'Hallo', template: 'test' } });
    const boss = await startJobRunner(inject('databaseUrl'), { SMTP_URL: sink.url, MAIL_FROM: FROM });
    let stopped = false;
    boss.on('stopped', () => {
      stopped = true;
    });
    try {
      await boss.send(JOBS.deliverEmails.name, {});
      await expect.poll(async () => (await prisma.outboundEmail.findFirstOrThrow({ where: { to } })).status, { timeout: 30_000 }).toBe('sent');
    } finally {
      await stopJobRunner(boss);
    }
    expect(stopped).toBe(true);
    expect(receivedBy(to)).toHaveLength(1);
  });
});

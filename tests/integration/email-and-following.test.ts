// Outgoing e-mail over real SMTP (a minimal SMTP server in the test), retries with back-off, and
// following a catalogue search: double opt-in, the weekly digest, one-click unsubscribe.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { createSmtpTransport, deliverDueEmails, MAX_ATTEMPTS, retryDelayMs } from '@/lib/email/deliver-emails';
import { confirmFollowing, followCatalogueSearch, unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';
import { queueFollowerDigests } from '@/lib/following/queue-follower-digests';
import { hashToken } from '@/lib/security/create-token';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { queueCoordinatorDigests } from '@/lib/team/queue-coordinator-digests';
import { createTestMember, createTestQuestion } from '@/tests/support/inbox-factory';
import { startSmtpSink, type SmtpSink } from '@/tests/support/smtp-sink';

let prisma: Db;
let sink: SmtpSink;
let ipCounter = 0;
const freshIp = () => `198.18.0.${++ipCounter}-${Date.now()}`;

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  sink = await startSmtpSink();
  // Only this file's mail is due.
  await prisma.outboundEmail.updateMany({ where: { status: 'queued' }, data: { status: 'sent' } });
});
afterAll(async () => {
  await prisma.$disconnect();
  await sink.close();
});

async function queueOne(to: string) {
  return prisma.outboundEmail.create({ data: { to, subject: 'Test', text: 'Hallo', template: 'test' } });
}

describe('e-mail delivery', () => {
  it('sends queued mail over SMTP and marks it sent', async () => {
    const email = await queueOne('ontvanger@example.nl');
    const result = await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'Leernetwerk <leernetwerk@example.nl>');
    expect(result).toEqual({ sent: 1, failed: 0 });
    expect(sink.messages.at(-1)!.to.join()).toContain('ontvanger@example.nl');
    expect(await prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries a failed send later with back-off, and gives up visibly after the last attempt', async () => {
    const email = await queueOne('later@example.nl');
    sink.failNext(1);
    const now = new Date();
    expect(await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'x@example.nl', now)).toEqual({ sent: 0, failed: 1 });
    let row = await prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.lastError).toContain('451');
    expect(row.nextAttemptAt!.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not due yet: nothing happens.
    expect(await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'x@example.nl', now)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'x@example.nl', new Date(now.getTime() + retryDelayMs(1)))).toEqual({ sent: 1, failed: 0 });
    row = await prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });

    const doomed = await queueOne('nooit@example.nl');
    const closed = createSmtpTransport('smtp://127.0.0.1:1');
    let at = Date.now();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(prisma, closed, 'x@example.nl', new Date(at));
      at += 11 * 3600_000;
    }
    expect(await prisma.outboundEmail.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('backs off 1, 5, 25 minutes and then at most 10 hours', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([60_000, 300_000, 1_500_000, 7_500_000, 36_000_000, 36_000_000]);
  });
});

describe('following a catalogue search', () => {
  it('needs a valid address and is rate limited per IP', async () => {
    const invalid = await followCatalogueSearch(prisma, { email: 'geen-adres', filters: {} }, { ip: freshIp(), locale: 'nl' });
    expect(invalid.kind).toBe('invalid');
    const ip = freshIp();
    const outcomes = [];
    for (let attempt = 0; attempt <= RATE_LIMITS.searchSubscription.limit; attempt++) {
      outcomes.push((await followCatalogueSearch(prisma, { email: `veel-${attempt}@example.nl`, filters: {} }, { ip, locale: 'nl' })).kind);
    }
    expect(outcomes.at(-2)).toBe('ok');
    expect(outcomes.at(-1)).toBe('rate-limited');
  });

  it('sends a confirmation first, digests only after confirming, at most weekly, and unsubscribes with one click', async () => {
    const email = `volger-${Date.now()}@example.nl`;
    const outcome = await followCatalogueSearch(prisma, { email, filters: { theme: ['poverty'], province: ['utrecht'] } }, { ip: freshIp(), locale: 'nl' });
    expect(outcome.kind).toBe('ok');
    const confirmation = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'following-confirm' } });
    const confirmToken = /bevestigen\/([\w-]+)/.exec(confirmation.text)![1]!;
    const unsubscribeToken = /afmelden\/([\w-]+)/.exec(confirmation.text)![1]!;

    const start = new Date();
    const publish = (slug: string, themes: string[], provinces: string[], at: Date) =>
      prisma.offering.create({
        data: { slug, title: `Aanbod ${slug}`, summary: 'Een nieuw leernetwerk over armoede in de wijk.', learningFormId: 'community-of-practice', themes, scales: ['local'], provinces, targetGroups: ['professionals'], openToJoin: true, status: 'published', publishedAt: at },
      });
    // Not confirmed yet: no digest.
    await publish(`armoede-utrecht-${Date.now()}`, ['poverty'], ['utrecht'], new Date(start.getTime() + 1000));
    await queueFollowerDigests(prisma, new Date(start.getTime() + 2000));
    expect(await prisma.outboundEmail.count({ where: { to: email, template: 'following-digest' } })).toBe(0);

    expect(await confirmFollowing(prisma, confirmToken)).toBe(true);
    expect(await confirmFollowing(prisma, 'onbekend')).toBe(false);
    const confirmedAt = (await prisma.searchSubscription.findUniqueOrThrow({ where: { confirmToken: hashToken(confirmToken) } })).confirmedAt!;
    const matching = await publish(`armoede-utrecht-b-${Date.now()}`, ['poverty'], ['utrecht'], new Date(confirmedAt.getTime() + 1000));
    const other = await publish(`armoede-limburg-${Date.now()}`, ['poverty'], ['limburg'], new Date(confirmedAt.getTime() + 1000));
    await queueFollowerDigests(prisma, new Date(confirmedAt.getTime() + 5000));
    const digests = await prisma.outboundEmail.findMany({ where: { to: email, template: 'following-digest' } });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(matching.title);
    expect(digests[0]!.text).not.toContain(other.title);
    // Each digest has an unsubscribe link of its own; the confirmation's keeps working too.
    const digestUnsubscribe = /afmelden\/([\w-]+)/.exec(digests[0]!.text)![1]!;
    expect([digestUnsubscribe, unsubscribeToken].map(hashToken)).toEqual((await prisma.searchSubscription.findFirstOrThrow({ where: { email } })).unsubscribeTokens);

    // Within the week nothing more, even with new matches.
    await publish(`armoede-utrecht-c-${Date.now()}`, ['poverty'], ['utrecht'], new Date(confirmedAt.getTime() + 6000));
    await queueFollowerDigests(prisma, new Date(confirmedAt.getTime() + 3 * 86_400_000));
    expect(await prisma.outboundEmail.count({ where: { to: email, template: 'following-digest' } })).toBe(1);
    await queueFollowerDigests(prisma, new Date(confirmedAt.getTime() + 8 * 86_400_000));
    expect(await prisma.outboundEmail.count({ where: { to: email, template: 'following-digest' } })).toBe(2);

    await unsubscribeFollowing(prisma, unsubscribeToken);
    expect(await prisma.searchSubscription.count({ where: { email } })).toBe(0);
  });
});

describe("coordinators' daily digest", () => {
  it('lists new items and items assigned to the member, and is not sent to members who turned it off', async () => {
    const on = await createTestMember(prisma);
    const off = await createTestMember(prisma);
    await prisma.user.update({ where: { id: off.id }, data: { digestEnabled: false } });
    const question = await createTestQuestion(prisma, { question: `Digestvraag ${Date.now()}` });
    await prisma.learningQuestion.update({ where: { id: question.id }, data: { assigneeId: on.id } });
    await queueCoordinatorDigests(prisma);
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: on.email, template: 'coordinator-digest' } });
    expect(mail.text).toContain(question.question);
    expect(await prisma.outboundEmail.count({ where: { to: off.email, template: 'coordinator-digest' } })).toBe(0);
  });
});

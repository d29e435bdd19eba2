// Tokens of followed searches are stored as hashes, and no lookup of a private link accepts a stored
// hash as the token. Digests carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), and the
// one-click POST unsubscribes.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as oneClickUnsubscribe } from '@/app/api/volgen/afmelden/[token]/route';
import type { Db } from '@/lib/db/client';
import { createSmtpTransport, deliverDueEmails } from '@/lib/email/deliver-emails';
import { confirmFollowing, findFollowingConfirmState, followCatalogueSearch, unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';
import { queueFollowerDigests } from '@/lib/following/queue-follower-digests';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { createToken, hashToken } from '@/lib/security/create-token';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { findPrefillQuestion } from '@/lib/wizard/start-network-plan';
import { createTestQuestion } from '@/tests/support/inbox-factory';
import { setUpMailTest } from '@/tests/support/mail-test-context';
import type { SmtpSink } from '@/tests/support/smtp-sink';

const context = setUpMailTest();
let prisma: Db;
let sink: SmtpSink;
let ipCounter = 0;
beforeAll(async () => {
  ({ prisma, sink } = context);
});

const freshIp = () => `198.51.100.${++ipCounter}-${Date.now()}`;

async function follow() {
  const email = `volger-${Date.now()}-${++ipCounter}@example.nl`;
  expect((await followCatalogueSearch(prisma, { email, filters: { theme: ['poverty'] } }, { ip: freshIp(), locale: 'nl' })).kind).toBe('ok');
  const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'following-confirm' } });
  return {
    email,
    confirm: /bevestigen\/([\w-]+)/.exec(mail.text)![1]!,
    unsubscribe: /afmelden\/([\w-]+)/.exec(mail.text)![1]!,
    row: await prisma.searchSubscription.findFirstOrThrow({ where: { email } }),
  };
}

const oneClick = (token: string) =>
  oneClickUnsubscribe(
    new Request(`http://localhost/api/volgen/afmelden/${token}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
    { params: Promise.resolve({ token }) },
  );

describe('tokens of followed searches', () => {
  it('are stored as their hash only, and a stored hash does not work as a token', async () => {
    const { confirm, unsubscribe, row, email } = await follow();
    expect(row.confirmToken).toBe(hashToken(confirm));
    expect(row.unsubscribeTokens).toEqual([hashToken(unsubscribe)]);
    expect(JSON.stringify(row)).not.toContain(confirm);
    expect(JSON.stringify(row)).not.toContain(unsubscribe);

    expect(await findFollowingConfirmState(prisma, row.confirmToken)).toBe('unknown');
    expect(await confirmFollowing(prisma, row.confirmToken)).toBe(false);
    await unsubscribeFollowing(prisma, row.unsubscribeTokens[0]!);
    expect((await oneClick(row.unsubscribeTokens[0]!)).status).toBe(200);
    expect(await prisma.searchSubscription.findFirstOrThrow({ where: { email } })).toMatchObject({ confirmedAt: null });

    expect(await findFollowingConfirmState(prisma, confirm)).toBe('pending');
    expect(await confirmFollowing(prisma, confirm)).toBe(true);
    expect(await findFollowingConfirmState(prisma, confirm)).toBe('confirmed');
  });

  it('a digest has List-Unsubscribe headers, and one POST to that address unsubscribes', async () => {
    const { confirm, email } = await follow();
    await confirmFollowing(prisma, confirm);
    const confirmedAt = (await prisma.searchSubscription.findFirstOrThrow({ where: { email } })).confirmedAt!;
    await prisma.offering.create({
      data: { slug: `armoede-volgen-${Date.now()}`, title: 'Leerkring armoede in de wijk', summary: 'Professionals leren samen over armoede in de wijk.', learningFormId: 'community-of-practice', themes: ['poverty'], scales: ['local'], targetGroups: ['professionals'], openToJoin: true, status: 'published', publishedAt: new Date(confirmedAt.getTime() + 1000) },
    });
    await queueFollowerDigests(prisma, new Date(confirmedAt.getTime() + 5000));
    const digest = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'following-digest' } });
    await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'leernetwerk@example.nl', new Date(confirmedAt.getTime() + 6000));
    const received = sink.messages.filter((message) => message.to.some((line) => line.includes(email))).map((message) => message.data.replace(/\n[ \t]+/g, ' '));
    // The confirmation went out in the same run; only the digest is a list mail.
    expect(received).toHaveLength(2);
    const data = received.find((message) => /^Subject: .*nieuw aanbod/im.test(message))!;
    const listUnsubscribe = /^List-Unsubscribe: <([^>]+)>$/m.exec(data)![1]!;
    expect(data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(listUnsubscribe).toMatch(/\/api\/volgen\/afmelden\/[\w-]{43}$/);
    const token = listUnsubscribe.split('/').at(-1)!;
    expect(digest.text).toContain(`/aanbod/volgen/afmelden/${token}`);

    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(await prisma.searchSubscription.count({ where: { email } })).toBe(0);
  });
});

describe('no private link lookup accepts a stored hash', () => {
  it('a learning question and a pre-filled plan', async () => {
    const token = createToken();
    const question = await createTestQuestion(prisma);
    await prisma.learningQuestion.update({ where: { id: question.id }, data: { token: hashToken(token), verdict: 'new-network' } });
    expect((await findLearningQuestionByToken(prisma, token))?.id).toBe(question.id);
    expect(await findLearningQuestionByToken(prisma, hashToken(token))).toBeNull();
    expect((await findPrefillQuestion(prisma, token))?.id).toBe(question.id);
    expect(await findPrefillQuestion(prisma, hashToken(token))).toBeNull();
  });

  it('a network plan', async () => {
    const token = createToken();
    await prisma.networkPlan.create({ data: { token: hashToken(token), route: 'light', title: 'Buurtpreventie' } });
    expect((await findNetworkPlan(prisma, token))?.title).toBe('Buurtpreventie');
    expect(await findNetworkPlan(prisma, hashToken(token))).toBeNull();
  });
});

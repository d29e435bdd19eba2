// Defences of the team sign-in (issue 15, hole 6): attempts counted atomically, a growing wait instead
// of a lockout, each TOTP code accepted once, turning the second factor off only with password and
// code, and invitation links that check the token first, are rate limited and work once.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { verifySignIn } from '@/lib/auth/verify-sign-in';
import { verifyPassword } from '@/lib/auth/password';
import { claimSignInAttempt, MAX_WAIT_SECONDS } from '@/lib/auth/sign-in-throttle';
import { checkAuthSecret } from '@/lib/auth/check-auth-secret';
import { createTotpSecret } from '@/lib/auth/totp';
import { openTotpSecret, sealStoredTotpSecrets, sealTotpSecret, totpKey } from '@/lib/auth/totp-secret-box';
import { getEnv } from '@/lib/env';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '@/lib/team/manage-account';
import { acceptInvitation, inviteTeamMember } from '@/lib/team/manage-team';
import { createTestMember, TEST_PASSWORD } from '@/tests/support/inbox-factory';

let prisma: Db;
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}-${Date.now()}`;

beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await prisma.$disconnect();
});

/** As if the running wait had passed (the clock cannot be moved in PostgreSQL). */
async function endWait(kind: 'account' | 'ip', key: string) {
  await prisma.$executeRaw`UPDATE sign_in_throttles SET next_attempt_at = now() - interval '1 second' WHERE subject = ${`${kind}:${key}`}`;
}

async function enrolledMember() {
  const member = await createTestMember(prisma);
  const secret = await startTotpEnrolment(prisma, member.id);
  expect(await confirmTotpEnrolment(prisma, member.id, await generate({ secret }))).toBe(true);
  return { member, secret };
}

describe('counting sign-in attempts', () => {
  it('lets at most the free number of parallel wrong passwords for one account be checked', async () => {
    const member = await createTestMember(prisma);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => verifySignIn(prisma, { email: member.email, password: `fout ${attempt}` }, freshIp())),
    );
    const checked = results.filter((result) => !result.ok && result.reason === 'invalid').length;
    expect(checked).toBe(RATE_LIMITS.signInAccount.limit);
    expect(results.filter((result) => !result.ok && result.reason === 'rate-limited')).toHaveLength(30 - checked);
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('lets at most the free number of parallel guesses from one address through, across accounts', async () => {
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: RATE_LIMITS.signInIp.limit + 15 }, (_, attempt) =>
        verifySignIn(prisma, { email: `raden-${attempt}-${Date.now()}@example.nl`, password: 'fout' }, ip),
      ),
    );
    expect(results.filter((result) => !result.ok && result.reason === 'invalid')).toHaveLength(RATE_LIMITS.signInIp.limit);
  });

  it('slows an account down with a growing wait, never longer than the maximum, and the owner gets in after it', async () => {
    const member = await createTestMember(prisma);
    const ip = freshIp();
    for (let attempt = 0; attempt < RATE_LIMITS.signInAccount.limit; attempt++) {
      expect(await verifySignIn(prisma, { email: member.email, password: 'fout' }, freshIp())).toEqual({ ok: false, reason: 'invalid' });
    }
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      const refused = await claimSignInAttempt(prisma, 'account', member.email);
      expect(refused.allowed).toBe(false);
      // Refused attempts while waiting are not counted: they do not make the wait longer.
      const again = await claimSignInAttempt(prisma, 'account', member.email);
      expect(again.allowed).toBe(false);
      if (!refused.allowed && !again.allowed) {
        waits.push(refused.retryAfterSeconds);
        expect(again.retryAfterSeconds).toBeLessThanOrEqual(refused.retryAfterSeconds);
      }
      await endWait('account', member.email);
      expect(await verifySignIn(prisma, { email: member.email, password: 'fout' }, freshIp())).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(waits[0]).toBeLessThanOrEqual(30);
    expect(waits[1]).toBeGreaterThan(30);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_WAIT_SECONDS);
    expect(waits.at(-1)).toBeGreaterThan(MAX_WAIT_SECONDS - 5);

    // The owner, after the wait: in with the right password, and the count starts again.
    await endWait('account', member.email);
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, ip)).ok).toBe(true);
    expect(await prisma.signInThrottle.findUnique({ where: { subject: `account:${member.email}` } })).toBeNull();
    expect(await verifySignIn(prisma, { email: member.email, password: 'fout' }, ip)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the second factor', () => {
  it('accepts a TOTP code once only, also when it is sent twice at the same moment', async () => {
    const { member, secret } = await enrolledMember();
    const code = await generate({ secret });
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: code }, freshIp())).ok).toBe(true);
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: code }, freshIp())).toEqual({ ok: false, reason: 'totp-invalid' });

    const other = await enrolledMember();
    const same = await generate({ secret: other.secret });
    const both = await Promise.all([1, 2].map(() => verifySignIn(prisma, { email: other.member.email, password: TEST_PASSWORD, totp: same }, freshIp())));
    expect(both.filter((result) => result.ok)).toHaveLength(1);
  });

  it('is turned off only with the password and a new code', async () => {
    const { member, secret } = await enrolledMember();
    const signInCode = await generate({ secret });
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: signInCode }, freshIp())).ok).toBe(true);
    // The code of the next 30-second step (accepted for clock drift), so it is new after the sign-in.
    const nextCode = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

    expect(await disableTotp(prisma, member.id, { password: 'niet het wachtwoord', code: nextCode })).toBe('invalid');
    expect(await disableTotp(prisma, member.id, { password: TEST_PASSWORD, code: '' })).toBe('invalid');
    expect(await disableTotp(prisma, member.id, { password: TEST_PASSWORD, code: signInCode })).toBe('invalid');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpEnabledAt).not.toBeNull();

    expect(await disableTotp(prisma, member.id, { password: TEST_PASSWORD, code: nextCode })).toBe('ok');
    const after = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after).toMatchObject({ totpEnabledAt: null, totpSecret: null });
    const events = await prisma.auditEvent.findMany({ where: { itemType: 'user', itemId: member.id, action: 'user.totp-disabled' } });
    expect(events).toHaveLength(1);
  });
});

describe('TOTP secrets at rest', () => {
  it('are stored encrypted, bound to the account, and sign-in still works', async () => {
    const { member, secret } = await enrolledMember();
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpSecret!;
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored, member.id)).toBe(secret);
    // Copied to another account's row, it does not open.
    const other = await createTestMember(prisma);
    expect(openTotpSecret(stored, other.id)).toBeNull();
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: await generate({ secret }) }, freshIp())).ok).toBe(true);
  });

  it('stored before encryption, are sealed at the next start and keep working', async () => {
    const member = await createTestMember(prisma);
    const secret = createTotpSecret();
    await prisma.user.update({ where: { id: member.id }, data: { totpSecret: secret, totpEnabledAt: new Date() } });
    try {
      await checkAuthSecret(prisma, getEnv());
    } finally {
      await prisma.appSetting.deleteMany({ where: { key: 'auth-secret-fingerprint' } });
    }
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpSecret!;
    expect(stored).toMatch(/^v1\./);
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: await generate({ secret }) }, freshIp())).ok).toBe(true);
  });

  it('move to the key of a new session secret, and only rows that open under the old key', async () => {
    const member = await createTestMember(prisma);
    const secret = createTotpSecret();
    const oldKey = totpKey('o'.repeat(40));
    const newKey = totpKey('n'.repeat(40));
    await prisma.user.update({ where: { id: member.id }, data: { totpSecret: sealTotpSecret(secret, member.id, oldKey) } });
    const before = await prisma.user.findMany({ where: { totpSecret: { not: null }, id: { not: member.id } }, select: { id: true, totpSecret: true } });
    await sealStoredTotpSecrets(prisma, newKey, oldKey);
    const moved = (await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).totpSecret!;
    expect(openTotpSecret(moved, member.id, newKey)).toBe(secret);
    expect(openTotpSecret(moved, member.id, oldKey)).toBeNull();
    const after = await prisma.user.findMany({ where: { id: { in: before.map((row) => row.id) } }, select: { id: true, totpSecret: true } });
    expect(after.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(before.toSorted((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('invitation links', () => {
  async function invite(role: 'coordinator' | 'admin') {
    const admin = await createTestMember(prisma, { role: 'admin' });
    const email = `uitgenodigd-${role}-${Date.now()}@team.example.nl`;
    expect((await inviteTeamMember(prisma, admin.id, { email, name: 'Uitgenodigd', role }, 'nl')).kind).toBe('ok');
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'team-invite' } });
    return { email, token: /uitnodiging\/([\w-]+)/.exec(mail.text)![1]! };
  }

  it('sets the password of the invited address with the invited role, once, even when used twice at the same moment', async () => {
    const { email, token } = await invite('admin');
    const outcomes = await Promise.all(
      ['eerste lange wachtwoord', 'tweede lange wachtwoord'].map((password) => acceptInvitation(prisma, token, password, { ip: freshIp() })),
    );
    expect([...outcomes].sort()).toEqual(['invalid-link', 'ok']);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe('admin');
    const chosen = outcomes[0] === 'ok' ? 'eerste lange wachtwoord' : 'tweede lange wachtwoord';
    expect(await verifyPassword(user.passwordHash, chosen)).toBe(true);
    expect(await acceptInvitation(prisma, token, 'een derde lang wachtwoord', { ip: freshIp() })).toBe('invalid-link');
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it('checks the link before the password, and limits tries per address', async () => {
    // An unknown link answers as such, whatever the password (no password is hashed for it).
    expect(await acceptInvitation(prisma, 'onbekende-link', 'kort', { ip: freshIp() })).toBe('invalid-link');
    const ip = freshIp();
    for (let attempt = 0; attempt < RATE_LIMITS.invitation.limit; attempt++) {
      expect(await acceptInvitation(prisma, `geraden-${attempt}`, 'een lang genoeg wachtwoord', { ip })).toBe('invalid-link');
    }
    const { token } = await invite('coordinator');
    expect(await acceptInvitation(prisma, token, 'een lang genoeg wachtwoord', { ip })).toBe('rate-limited');
    expect(await acceptInvitation(prisma, token, 'een lang genoeg wachtwoord', { ip: freshIp() })).toBe('ok');
  });
});

// Signing in to /beheer: password, second factor, rate limits on failures, deactivated accounts,
// invitations and the command that creates the first admin.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { verifySignIn } from '@/lib/auth/verify-sign-in';
import { verifyPassword } from '@/lib/auth/password';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { confirmTotpEnrolment, signOutEverywhere, startTotpEnrolment } from '@/lib/team/manage-account';
import { acceptInvitation, changeTeamMember, inviteTeamMember } from '@/lib/team/manage-team';
import { createTestMember, TEST_PASSWORD } from '@/tests/support/inbox-factory';

let prisma: Db;
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}-${Date.now()}`;

beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await prisma.$disconnect();
});

describe('signing in', () => {
  it('accepts the right password and refuses a wrong one or an unknown address alike', async () => {
    const member = await createTestMember(prisma);
    const ok = await verifySignIn(prisma, { email: member.email.toUpperCase(), password: TEST_PASSWORD }, freshIp());
    expect(ok).toMatchObject({ ok: true, user: { id: member.id, role: 'coordinator' } });
    expect(await verifySignIn(prisma, { email: member.email, password: 'wrong password' }, freshIp())).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifySignIn(prisma, { email: 'nobody@example.nl', password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a deactivated account', async () => {
    const member = await createTestMember(prisma, { active: false });
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: 'invalid' });
  });

  it('limits failed attempts per account, even from different addresses, and then refuses the right password too', async () => {
    const member = await createTestMember(prisma);
    for (let attempt = 0; attempt < RATE_LIMITS.signInAccount.limit; attempt++) {
      expect((await verifySignIn(prisma, { email: member.email, password: 'wrong' }, freshIp())).ok).toBe(false);
    }
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('limits failed attempts per IP address across accounts', async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < RATE_LIMITS.signInIp.limit; attempt++) {
      await verifySignIn(prisma, { email: `guess-${attempt}@example.nl`, password: 'wrong' }, ip);
    }
    const member = await createTestMember(prisma);
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, ip)).toEqual({ ok: false, reason: 'rate-limited' });
    expect((await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, freshIp())).ok).toBe(true);
  });

  it('asks for the TOTP code once a second factor is enrolled, and checks it', async () => {
    const member = await createTestMember(prisma);
    const secret = await startTotpEnrolment(prisma, member.id);
    expect(await confirmTotpEnrolment(prisma, member.id, '000000')).toBe(false);
    expect(await confirmTotpEnrolment(prisma, member.id, await generate({ secret }))).toBe(true);
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD }, freshIp())).toEqual({ ok: false, reason: 'totp-required' });
    expect(await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: '123456' }, freshIp())).toEqual({ ok: false, reason: 'totp-invalid' });
    const ok = await verifySignIn(prisma, { email: member.email, password: TEST_PASSWORD, totp: await generate({ secret }) }, freshIp());
    expect(ok.ok).toBe(true);
  });

  it('raises the session version when signing out everywhere and when an admin deactivates the account', async () => {
    const admin = await createTestMember(prisma, { role: 'admin' });
    const member = await createTestMember(prisma);
    await signOutEverywhere(prisma, member.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).sessionVersion).toBe(1);
    expect(await changeTeamMember(prisma, admin.id, member.id, { active: false })).toBe('ok');
    const after = await prisma.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after).toMatchObject({ active: false, sessionVersion: 2 });
    expect(await changeTeamMember(prisma, admin.id, admin.id, { role: 'coordinator' })).toBe('self');
    const events = await prisma.auditEvent.findMany({ where: { itemType: 'user', itemId: member.id } });
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(['user.signed-out-everywhere', 'user.changed']));
  });
});

describe('inviting a team member', () => {
  it('creates the account without a password, e-mails a single-use link, and the link sets the password once', async () => {
    const admin = await createTestMember(prisma, { role: 'admin' });
    const email = `nieuw-${Date.now()}@team.example.nl`;
    const outcome = await inviteTeamMember(prisma, admin.id, { email, name: 'Nieuw Teamlid', role: 'coordinator' }, 'nl');
    expect(outcome.kind).toBe('ok');
    expect(await inviteTeamMember(prisma, admin.id, { email, name: 'Nog een keer', role: 'admin' }, 'nl')).toEqual({ kind: 'exists' });
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'team-invite' } });
    const token = /uitnodiging\/([\w-]+)/.exec(mail.text)![1]!;
    expect(await acceptInvitation(prisma, token, 'kort', { ip: freshIp() })).toBe('too-short');
    expect(await acceptInvitation(prisma, token, 'een lang genoeg wachtwoord', { ip: freshIp() })).toBe('ok');
    expect(await acceptInvitation(prisma, token, 'nog een ander wachtwoord', { ip: freshIp() })).toBe('invalid-link');
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(user.passwordHash, 'een lang genoeg wachtwoord')).toBe(true);
  });
});

describe('npm run user:create', () => {
  it('creates the first admin with a password read from standard input, hashed with argon2', async () => {
    const email = `eerste-${Date.now()}@team.example.nl`;
    const run = promisify(execFile);
    const child = run('npx', ['tsx', 'scripts/user-create.ts', '--email', email, '--role', 'admin'], { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });
    child.child.stdin!.end('een sterk wachtwoord voor de beheerder\n');
    const { stdout } = await child;
    expect(stdout).toContain(`Created admin account ${email}.`);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe('admin');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, 'een sterk wachtwoord voor de beheerder')).toBe(true);
  });

  it('with --generate prints a generated password once', async () => {
    const email = `tweede-${Date.now()}@team.example.nl`;
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/user-create.ts', '--email', email, '--generate'], { env: { ...process.env, DATABASE_URL: inject('databaseUrl') } });
    const password = /Password \(shown only now\): (\S+)/.exec(stdout)![1]!;
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe('coordinator');
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
  });
});

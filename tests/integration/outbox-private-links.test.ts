// Links that give access are for their recipient alone: the team reads in the outbox that a link was
// sent, never the link (admins too), while the delivered mail carries it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { createSmtpTransport, deliverDueEmails } from '@/lib/email/deliver-emails';
import { readOutboxEmail } from '@/lib/email/read-outbox';
import { followCatalogueSearch } from '@/lib/following/follow-catalogue-search';
import { getTranslator } from '@/lib/i18n/translate';
import { acceptInvitation, inviteTeamMember } from '@/lib/team/manage-team';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { createTestMember } from '@/tests/support/inbox-factory';
import { setUpMailTest } from '@/tests/support/mail-test-context';
import type { SmtpSink } from '@/tests/support/smtp-sink';

const context = setUpMailTest();
let prisma: Db;
let sink: SmtpSink;
let note: string;
let ipCounter = 0;
beforeAll(async () => {
  ({ prisma, sink } = context);
  note = (await getTranslator('nl', 'admin.outboxPrivateLinks'))('linkSent');
});

const freshIp = () => `203.0.113.${++ipCounter}-${Date.now()}`;

/** Quoted-printable soft line breaks undone, so a link in the delivered mail reads whole. */
const delivered = (to: string) => sink.messages.filter((message) => message.to.some((line) => line.includes(to))).map((message) => message.data.replace(/=\n/g, '').replace(/=3D/g, '='));

describe('the outbox', () => {
  it("shows that an admin's invitation was sent, not its link: a coordinator cannot take it over", async () => {
    const admin = await createTestMember(prisma, { role: 'admin' });
    const email = `nieuwe-beheerder-${Date.now()}@team.example.nl`;
    expect((await inviteTeamMember(prisma, admin.id, { email, name: 'Nieuwe Beheerder', role: 'admin' }, 'nl')).kind).toBe('ok');
    const row = await prisma.outboundEmail.findFirstOrThrow({ where: { to: email, template: 'team-invite' } });

    const shown = (await readOutboxEmail(prisma, row.id, note))!;
    expect(shown.text).toContain(note);
    expect(shown.text).not.toContain('/beheer/uitnodiging/');
    // Nothing on the page works as the invitation: every word of it is refused.
    for (const word of shown.text.split(/[\s/]+/).filter((part) => part.length >= 20)) {
      expect(await acceptInvitation(prisma, word, 'een wachtwoord van de coordinator', { ip: freshIp() })).toBe('invalid-link');
    }

    // The invitee gets the link itself and can use it.
    await deliverDueEmails(prisma, createSmtpTransport(sink.url), 'team@example.nl');
    const mail = delivered(email).join('\n');
    const token = /uitnodiging\/([\w-]+)/.exec(mail)![1]!;
    expect(await acceptInvitation(prisma, token, 'het eigen wachtwoord van de beheerder', { ip: freshIp() })).toBe('ok');
  });

  it("hides an initiator's plan link and a follower's confirm and unsubscribe links, and keeps public links", async () => {
    const plan = await startNetworkPlan(prisma, { route: 'light', contactName: 'Sanne', contactEmail: `sanne-${Date.now()}@example.nl` }, { ip: freshIp(), locale: 'nl', appUrl: 'https://leernetwerk.example' });
    if (plan.kind !== 'ok' || !plan.value) throw new Error(plan.kind);
    const planMail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: plan.value.id } });
    const planShown = (await readOutboxEmail(prisma, planMail.id, note))!;
    expect(planMail.text).toContain(plan.value.token);
    expect(planShown.text).not.toContain(plan.value.token);
    expect(planShown.text).toContain(note);

    const follower = `volger-${Date.now()}@example.nl`;
    expect((await followCatalogueSearch(prisma, { email: follower, filters: { theme: ['poverty'] } }, { ip: freshIp(), locale: 'nl' })).kind).toBe('ok');
    const confirmMail = await prisma.outboundEmail.findFirstOrThrow({ where: { to: follower, template: 'following-confirm' } });
    const confirmShown = (await readOutboxEmail(prisma, confirmMail.id, note))!;
    expect(confirmMail.text).toMatch(/volgen\/bevestigen\//);
    expect(confirmShown.text).not.toMatch(/bevestigen\/|afmelden\//);

    const publicMail = await prisma.outboundEmail.create({ data: { to: 'x@example.nl', subject: 'Gepubliceerd', text: 'Bekijk https://leernetwerk.example/aanbod/wijkaanpak-utrecht', template: 'test' } });
    expect((await readOutboxEmail(prisma, publicMail.id, note))!.text).toBe('Bekijk https://leernetwerk.example/aanbod/wijkaanpak-utrecht');
  });
});

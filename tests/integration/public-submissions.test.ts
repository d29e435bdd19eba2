// The operations behind the public forms: stored whole or not at all, with audit event and e-mail.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import { RATE_LIMITS } from '@/lib/security/rate-limits';

let prisma: Db;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}:${Date.now()}`;

beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  await prisma.$disconnect();
});

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Leerkring buurtbemiddeling Deventer',
    summary: 'Buurtbemiddelaars en wijkagenten leren samen van lastige burenruzies.',
    themes: ['trust-and-connection-in-the-neighbourhood'],
    learningForm: 'intervision-supervision-groups',
    scales: ['local'],
    targetGroups: ['professionals'],
    provinces: ['overijssel'],
    openToJoin: true,
    capacity: 12,
    participants: 7,
    startDate: '2027-02-01',
    submitterName: 'Anouk Jansen',
    submitterEmail: 'anouk@example.nl',
    ...overrides,
  };
}

describe('proposing an offering (Zelf leeraanbod bijdragen)', () => {
  it('stores it as submitted, not published, with its submission, audit event and e-mail', async () => {
    const outcome = await createOfferingSubmission(prisma, proposal(), { ip: freshIp(), locale: 'nl' });
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const offering = await prisma.offering.findUniqueOrThrow({ where: { id: outcome.value.offeringId }, include: { submission: true } });
    expect(offering).toMatchObject({ status: 'submitted', publishedAt: null, learningFormId: 'intervision-supervision-groups', capacity: 12 });
    expect(offering.startDate?.toISOString().slice(0, 10)).toBe('2027-02-01');
    expect(offering.submission).toMatchObject({ submitterEmail: 'anouk@example.nl', status: 'new' });
    expect(await prisma.auditEvent.count({ where: { itemId: outcome.value.submissionId, action: 'created' } })).toBe(1);
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: outcome.value.submissionId } });
    expect(mail).toMatchObject({ to: 'anouk@example.nl', template: 'offering-submitted', status: 'queued' });
    expect(mail.subject).toContain('Leerkring buurtbemiddeling Deventer');
  });

  it('gives a second offering with the same title its own slug', async () => {
    const title = `Werkplaats wijkaanpak ${Date.now()}`;
    const first = await createOfferingSubmission(prisma, proposal({ title }), { ip: freshIp(), locale: 'nl' });
    const second = await createOfferingSubmission(prisma, proposal({ title }), { ip: freshIp(), locale: 'en' });
    expect(first.kind === 'ok' && second.kind === 'ok').toBe(true);
    if (first.kind !== 'ok' || second.kind !== 'ok') return;
    expect(second.value.slug).toBe(`${first.value.slug}-2`);
    expect((await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: second.value.submissionId } })).subject).toMatch(/^We have received/);
  });

  it('stores nothing when the proposal is invalid or the honeypot is filled', async () => {
    const before = await prisma.offering.count();
    const invalid = await createOfferingSubmission(prisma, proposal({ scales: [], submitterEmail: 'anouk@' }), { ip: freshIp(), locale: 'nl' });
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind === 'invalid') expect(invalid.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['scales', 'submitterEmail']);
    expect((await createOfferingSubmission(prisma, proposal({ website: 'x' }), { ip: freshIp(), locale: 'nl' })).kind).toBe('spam');
    expect(await prisma.offering.count()).toBe(before);
  });

  it('refuses more proposals than the rate limit allows from one address', async () => {
    const ip = freshIp();
    const kinds: string[] = [];
    for (let attempt = 0; attempt <= RATE_LIMITS.offeringSubmission.limit; attempt++) {
      kinds.push((await createOfferingSubmission(prisma, proposal({ title: `Netwerk ${ip} ${attempt}` }), { ip, locale: 'nl' })).kind);
    }
    expect(kinds.at(-1)).toBe('rate-limited');
    expect(kinds.slice(0, -1).every((kind) => kind === 'ok')).toBe(true);
  });
});

describe('sending a contact message', () => {
  it('stores the message with its audit event and the confirmation e-mail in the sender\'s language', async () => {
    const subject = `Vraag ${Date.now()}`;
    const outcome = await submitContactMessage(
      prisma,
      { name: 'Sam', email: 'sam@example.nl', organisation: '', subject, message: 'Hebben jullie een lijst van living labs?' },
      { ip: freshIp(), locale: 'en' },
    );
    expect(outcome.kind).toBe('ok');
    const row = await prisma.contactMessage.findFirstOrThrow({ where: { subject } });
    expect(row).toMatchObject({ organisation: null, locale: 'en', status: 'new' });
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: row.id } });
    expect(mail.subject).toBe('We have received your message');
    expect(await prisma.auditEvent.count({ where: { itemId: row.id } })).toBe(1);
  });
});

// Offerings carry when (and by whom) they were last verified. The seeded example networks, whose
// current state is unknown, are not presented as open to join until a team member verifies them:
// not in the open filter or the API's openToJoin, and matchmaking ranks them but says to ask first.
// The upkeep view lists them first. Real PostgreSQL.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listOfferingsForUpkeep, updateOffering } from '@/lib/catalogue/maintain-offerings';
import { searchOfferings } from '@/lib/catalogue/search-offerings';
import { offeringQuerySchema } from '@/lib/catalogue/offering-query';
import { validateOfferingRecords, writeOfferings } from '@/lib/catalogue/import-offerings';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { matchQuestion } from '@/lib/matchmaking/match-question';
import { matchRequestSchema } from '@/lib/matchmaking/match-request-schema';
import { createTestMember } from '../support/inbox-factory';
import { offeringRecord } from '../support/offering-factory';
import seedOfferings from '@/prisma/seed/offerings.json' with { type: 'json' };

const original = process.env.DATABASE_URL;
let prisma: Db;
let member: { id: string; name: string };

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
  member = await createTestMember(prisma, { name: 'Çelik Verifier' });
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

const suffix = Date.now().toString(36);
const theme = 'neighbourhood-budgets';
const words = 'buurtbudgetten bewoners verdelen';

describe('verified offerings', () => {
  it('the seeded example networks need verifying; an imported offering does not', async () => {
    const seeded = await prisma.offering.findMany({ where: { slug: { in: seedOfferings.map((offering) => offering.slug) } }, select: { needsVerification: true, lastVerifiedAt: true } });
    expect(seeded.length).toBe(seedOfferings.length);
    expect(seeded.every((offering) => offering.needsVerification && offering.lastVerifiedAt === null)).toBe(true);
    const { records } = validateOfferingRecords([offeringRecord({ slug: `gecontroleerd-${suffix}` })]);
    await writeOfferings(prisma, records, { existing: 'update', actorLabel: 'cli' });
    expect(await prisma.offering.findUniqueOrThrow({ where: { slug: `gecontroleerd-${suffix}` } })).toMatchObject({ needsVerification: false });
  });

  it('an unverified open network is not presented as open; matchmaking ranks it but says to ask first; verifying changes both', async () => {
    // An unverified copy of a seeded example (the seed marks them), open to join, on a theme of its own words.
    const slug = `voorbeeldnetwerk-${suffix}`;
    const { records } = validateOfferingRecords([
      offeringRecord({ slug, title: `Leernetwerk buurtbudgetten ${suffix}`, summary: `Bewoners verdelen samen buurtbudgetten in hun wijk (${suffix}).`, themes: [theme], scales: ['national'], openToJoin: true }),
    ]);
    await writeOfferings(prisma, records, { existing: 'skip', actorLabel: 'seed', needsVerification: true });
    const offering = await prisma.offering.findUniqueOrThrow({ where: { slug } });
    expect(offering.needsVerification).toBe(true);

    const openOnly = offeringQuerySchema.parse({ q: suffix, open: 'true' });
    expect((await searchOfferings(prisma, openOnly)).items.map((item) => item.slug)).not.toContain(slug);
    const all = await searchOfferings(prisma, offeringQuerySchema.parse({ q: suffix }));
    expect(all.items.find((item) => item.slug === slug)).toMatchObject({ openToJoin: false, needsVerification: true, lastVerifiedAt: null });

    const question = matchRequestSchema.parse({ question: `Hoe ${words} samen? ${suffix}`, themes: [theme], targetGroups: ['professionals'], scale: 'national' });
    const before = await matchQuestion(prisma, question, { locale: 'nl' });
    const ranked = before.matches.find((match) => match.slug === slug);
    expect(ranked).toBeDefined();
    const room = ranked!.checks.find((check) => check.id === 'room-to-join')!;
    expect(room.reason).toMatch(/nog niet nagekeken: vraag eerst na/);

    // The upkeep view lists the ones to verify first.
    const upkeep = await listOfferingsForUpkeep(prisma, { reviewDue: false, page: 1 });
    const firstVerified = upkeep.offerings.findIndex((row) => !row.needsVerification);
    const lastUnverified = upkeep.offerings.map((row) => row.needsVerification).lastIndexOf(true);
    expect(lastUnverified).toBeLessThan(firstVerified === -1 ? Infinity : firstVerified);
    expect(upkeep.offerings[0]!.needsVerification).toBe(true);

    // A stale version is refused; the current one verifies, with who and when, on the audit trail.
    expect((await updateOffering(prisma, member.id, offering.id, offering.version + 5, { verified: true })).kind).toBe('conflict');
    expect((await updateOffering(prisma, member.id, offering.id, offering.version, { verified: true })).kind).toBe('ok');
    const verified = await prisma.offering.findUniqueOrThrow({ where: { id: offering.id }, include: { lastVerifiedBy: true } });
    expect(verified).toMatchObject({ needsVerification: false, lastVerifiedById: member.id });
    expect(verified.lastVerifiedAt).not.toBeNull();
    expect(verified.lastVerifiedBy?.name).toBe('Çelik Verifier');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { itemType: 'offering', itemId: offering.id, action: 'offering.verified' } });
    expect(audit.actorId).toBe(member.id);
    expect(audit.changes).toMatchObject({ needsVerification: { before: true, after: false } });

    expect((await searchOfferings(prisma, openOnly)).items.map((item) => item.slug)).toContain(slug);
    const after = await matchQuestion(prisma, question, { locale: 'nl' });
    const room2 = after.matches.find((match) => match.slug === slug)!.checks.find((check) => check.id === 'room-to-join')!;
    expect(room2.pass).toBe(true);
    expect(room2.reason).not.toMatch(/nagekeken/);
  });
});

// Submitting a learning question (one transaction: the question, its match results, the audit event
// and the confirmation e-mail), its private result lookup, and finding similar questions.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST } from '@/app/api/learning-questions/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { findSimilarQuestions } from '@/lib/matchmaking/find-similar-questions';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { hashToken } from '@/lib/security/create-token';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const original = process.env.DATABASE_URL;
let prisma: Db;
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}-${Date.now()}`;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

function learningQuestion(overrides: Record<string, unknown> = {}) {
  return {
    question: 'Woningcorporaties willen met welzijn en veiligheid leren over gezamenlijke vroegsignalering en preventie.',
    themes: ['early-signalling-prevention'],
    targetGroups: ['professionals'],
    scale: 'regional',
    province: 'zuid-holland',
    preferredForms: ['action-research'],
    contactName: 'Sanne de Vries',
    contactEmail: 'sanne@example.nl',
    consentContact: true,
    consentConnect: true,
    ...overrides,
  };
}

async function submit(input: Record<string, unknown>, ip = freshIp()) {
  return submitLearningQuestion(prisma, input, { ip, locale: 'nl' });
}

describe('submitting a learning question', () => {
  it('stores the question, its match results, an audit event and the confirmation e-mail, with a private link', async () => {
    const outcome = await submit(learningQuestion());
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const { id, token, path } = outcome.value;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/leervraag/${token}`);

    const row = await prisma.learningQuestion.findUniqueOrThrow({ where: { id }, include: { matchResults: { orderBy: { rank: 'asc' }, include: { offering: true } } } });
    expect(row.token).toBe(hashToken(token));
    expect(row).toMatchObject({ verdict: 'parallel-network', scale: 'regional', province: 'zuid-holland', consentContact: true, status: 'new' });
    expect(row.matchResults[0]!.offering.slug).toBe('wsd-flevoland-almere-signaleren');
    expect(row.matchResults.map((match) => match.rank)).toEqual(row.matchResults.map((_, index) => index + 1));
    expect(row.recommendedForms.length).toBeGreaterThan(0);

    const audit = await prisma.auditEvent.findMany({ where: { itemType: 'learning_question', itemId: id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'created', actorLabel: 'public' })]);
    const mails = await prisma.outboundEmail.findMany({ where: { itemId: id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'sanne@example.nl', template: 'learning-question-received' });
    expect(mails[0]!.text).toContain(`/leervraag/${token}`);
    expect(mails[0]!.text).toContain('Een vergelijkbaar leernetwerk ernaast opzetten');

    const found = await findLearningQuestionByToken(prisma, token);
    expect(found?.id).toBe(id);
    expect(found?.matchResults[0]!.checks.map((check) => check.id)).toEqual(['exists', 'where-for-whom', 'fits-need-and-form', 'room-to-join']);
    expect(await findLearningQuestionByToken(prisma, hashToken(token))).toBeNull();
    expect(await findLearningQuestionByToken(prisma, 'x'.repeat(43))).toBeNull();
  });

  it('answers 201 with the result path through the route handler', async () => {
    const response = await POST(
      new Request('http://localhost/api/learning-questions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: freshIp(), 'Accept-Language': 'en' },
        body: JSON.stringify({ ...learningQuestion(), website: '' }),
      }),
    );
    expect(response.status).toBe(201);
    expect((await response.json()).path).toMatch(/^\/en\/leervraag\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses invalid input with Dutch field errors and stores nothing', async () => {
    const before = await prisma.learningQuestion.count();
    const outcome = await submit(learningQuestion({ province: undefined, consentContact: false, contactEmail: 'sanne@', scale: 'local' }));
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    const paths = outcome.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['contactEmail', 'consentContact', 'province', 'municipality']));
    expect(await prisma.learningQuestion.count()).toBe(before);
  });

  it('writes nothing when a part of the transaction fails', async () => {
    const before = await prisma.learningQuestion.count();
    const mailsBefore = await prisma.outboundEmail.count();
    // A constraint on the outbox (new rows only) makes the last write of the transaction fail.
    await prisma.$executeRawUnsafe(`ALTER TABLE outbound_emails ADD CONSTRAINT test_short_to CHECK (length("to") < 5) NOT VALID`);
    try {
      await expect(submit(learningQuestion())).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE outbound_emails DROP CONSTRAINT test_short_to`);
    }
    expect(await prisma.learningQuestion.count()).toBe(before);
    expect(await prisma.outboundEmail.count()).toBe(mailsBefore);
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const before = await prisma.learningQuestion.count();
    expect((await submit({ ...learningQuestion(), website: 'https://spam.example' })).kind).toBe('spam');
    expect(await prisma.learningQuestion.count()).toBe(before);
  });

  it('is rate limited per address', async () => {
    const ip = freshIp();
    for (let index = 0; index < RATE_LIMITS.learningQuestion.limit; index++) await submit({}, ip);
    expect(await submit(learningQuestion(), ip)).toMatchObject({ kind: 'rate-limited' });
  });
});

describe('findSimilarQuestions', () => {
  it('lists only consenting questions on overlapping themes, most similar first, without names or e-mails', async () => {
    const theme = 'neighbourhood-budgets';
    const ask = async (overrides: Record<string, unknown>) => {
      const outcome = await submit(learningQuestion({ themes: [theme], preferredForms: [], ...overrides }));
      if (outcome.kind !== 'ok') throw new Error(outcome.kind);
      return outcome.value.id;
    };
    const mine = await ask({ question: 'Hoe verdelen bewoners zelf een buurtbudget eerlijk over de wijk?', province: 'utrecht' });
    const close = await ask({ question: 'Hoe verdelen bewoners samen het buurtbudget in hun wijk?', province: 'gelderland', municipality: 'Arnhem' });
    const far = await ask({ question: 'Welke regels gelden voor subsidie aan een sportclub?', themes: [theme, 'poverty'] });
    const noConsent = await ask({ question: 'Hoe verdelen bewoners zelf een buurtbudget eerlijk?', consentConnect: false });
    const otherTheme = await ask({ question: 'Hoe verdelen bewoners zelf een buurtbudget eerlijk over de wijk?', themes: ['poverty'] });

    const similar = await findSimilarQuestions(mine, 5, prisma);
    const ids = similar.map((item) => item.id);
    expect(ids).toContain(close);
    expect(ids).toContain(far);
    expect(ids).not.toContain(mine);
    expect(ids).not.toContain(noConsent);
    expect(ids).not.toContain(otherTheme);
    expect(ids.indexOf(close)).toBeLessThan(ids.indexOf(far));
    const first = similar.find((item) => item.id === close)!;
    expect(Object.keys(first).sort()).toEqual(['id', 'month', 'municipality', 'province', 'similarity', 'themes']);
    expect(first).toMatchObject({ themes: [theme], province: 'gelderland', municipality: 'Arnhem' });
    expect(first.month).toMatch(/^\d{4}-\d{2}$/);
    expect(first.similarity).toBeGreaterThan(0);
    expect(first.similarity).toBeLessThanOrEqual(1);
    expect(await findSimilarQuestions(mine, 1, prisma)).toHaveLength(1);
  });
});

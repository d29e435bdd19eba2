// The defects the hostile-input fuzzing found, each pinned by one request (all were a 500 before):
// NUL in stored text (PostgreSQL cannot hold it), NUL in a slug, a title lookup or a search term,
// JSON nested very deep, and a learning question body that is not an object.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as postContact } from '@/app/api/contact/route';
import { POST as postLearningQuestion } from '@/app/api/learning-questions/route';
import { GET as getOffering } from '@/app/api/offerings/[slug]/route';
import { GET as getOfferings } from '@/app/api/offerings/route';
import { GET as getSimilarOfferings } from '@/app/api/similar-offerings/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';

const original = process.env.DATABASE_URL;
let prisma: Db;
let counter = 0;
const address = () => `192.0.2.${++counter}-hostile-text`;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

const post = (body: string) =>
  new Request('http://localhost/api/x', { method: 'POST', headers: { [CLIENT_ADDRESS_HEADER]: address(), 'Content-Type': 'application/json' }, body });
const get = (path: string) => new Request(`http://localhost${path}`, { headers: { [CLIENT_ADDRESS_HEADER]: address() } });

describe('hostile text in public input', () => {
  it('refuses NUL in a contact message with 400 naming the field, and stores nothing', async () => {
    const before = await prisma.contactMessage.count();
    const response = await postContact(post(JSON.stringify({ name: 'Mila\u0000de Boer', email: 'mila@example.nl', subject: 'Vraag', message: 'Is er een leerkring over schuldhulp?' })));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: 'name', message: expect.stringMatching(/^Naam: Deze tekst bevat onzichtbare of ongeldige tekens\..* \/ Name: This text contains invisible or invalid characters\./) }]);
    expect(await prisma.contactMessage.count()).toBe(before);
  });

  it('keeps a right-to-left name with its marks', async () => {
    const subject = `Vraag ${Date.now()}`;
    const response = await postContact(post(JSON.stringify({ name: 'דוד לוי\u200f', email: 'david@example.nl', subject, message: 'Is er een leerkring over schuldhulp?' })));
    expect(response.status).toBe(201);
    expect((await prisma.contactMessage.findFirstOrThrow({ where: { subject } })).name).toBe('דוד לוי\u200f');
  });

  it('answers a search term with NUL (%00) with 400 naming the field', async () => {
    const response = await getOfferings(get('/api/offerings?q=armoede%00'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual(['q']);
  });

  it('answers 404 for a slug with NUL, and no similar titles for a title with NUL', async () => {
    expect((await getOffering(get('/api/offerings/x'), { params: Promise.resolve({ slug: 'leerkring\u0000' }) })).status).toBe(404);
    const similar = await getSimilarOfferings(get(`/api/similar-offerings?title=${encodeURIComponent('Leerkring\u0000 armoede')}`));
    expect(similar.status).toBe(200);
    expect(await similar.json()).toEqual({ items: [] });
  });

  it('answers 400 to JSON nested very deep and to a learning question that is not an object', async () => {
    const deep = await postLearningQuestion(post(`${'['.repeat(200_000)}${']'.repeat(200_000)}`));
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as { issues: { path: string }[] }).issues).toHaveLength(1);
    for (const body of ['null', '42', '"tekst"', '[]', 'geen json']) expect((await postLearningQuestion(post(body))).status).toBe(400);
  });

  it('refuses NUL in a wizard answer and leaves the plan as it was', async () => {
    const started = await startNetworkPlan(prisma, { route: 'full' }, { ip: address(), locale: 'nl', appUrl: 'http://localhost' });
    if (started.kind !== 'ok' || !started.value) throw new Error('no plan');
    const saved = await savePlanStep(prisma, started.value.token, 1, { answers: { title: 'Wijkaanpak\u0000' }, version: 1 }, { ip: address() });
    expect(saved.kind).toBe('invalid');
    if (saved.kind === 'invalid') expect(saved.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['title', 'unsafeCharacters']]);
    expect(await savePlanStep(prisma, started.value.token, 1, { answers: { title: 'Wijkaanpak' }, version: 1 }, { ip: address() })).toMatchObject({ kind: 'ok', version: 2 });
  });
});

// The wizard's operations and route handlers on a real PostgreSQL: starting a plan, saving steps
// with optimistic locking, support requests (one transaction), and the PDF.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { hashToken } from '@/lib/security/create-token';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { savePlanStep } from '@/lib/wizard/save-plan-step';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

let prisma: Db;
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}:${Date.now()}`;
const context = () => ({ ip: freshIp(), locale: 'nl' as const, appUrl: 'https://leernetwerk.example' });

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function startPlan(input: Record<string, unknown> = { route: 'full' }) {
  const outcome = await startNetworkPlan(prisma, input, context());
  if (outcome.kind !== 'ok' || !outcome.value) throw new Error(`not started: ${outcome.kind}`);
  return outcome.value;
}

describe('starting a plan', () => {
  it('stores only the hash of the resume token, with an audit event and the link by e-mail', async () => {
    const { token, id } = await startPlan({ route: 'light', contactName: 'Sanne', contactEmail: 'sanne@example.nl' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const plan = await prisma.networkPlan.findUniqueOrThrow({ where: { id } });
    expect(plan).toMatchObject({ token: hashToken(token), route: 'light', status: 'in_progress', version: 1, contactEmail: 'sanne@example.nl' });
    expect(await prisma.auditEvent.count({ where: { itemId: id, action: 'created', itemType: 'network_plan' } })).toBe(1);
    const mail = await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: id } });
    expect(mail).toMatchObject({ to: 'sanne@example.nl', template: 'network-plan-resume-link' });
    expect(mail.text).toContain(`https://leernetwerk.example/leernetwerk-opzetten/plan/${token}/stap/1`);
  });

  it('sends nothing without an e-mail address, and refuses an unknown route or a bad address', async () => {
    const { id } = await startPlan({ route: 'full' });
    expect(await prisma.outboundEmail.count({ where: { itemId: id } })).toBe(0);
    const before = await prisma.networkPlan.count();
    expect((await startNetworkPlan(prisma, { route: 'medium' }, context())).kind).toBe('invalid');
    expect((await startNetworkPlan(prisma, { route: 'full', contactEmail: 'sanne@' }, context())).kind).toBe('invalid');
    expect(await prisma.networkPlan.count()).toBe(before);
  });

  it('pre-fills from a learning question whose verdict asks for a new network, not from others', async () => {
    const make = async (verdict: string) => {
      const token = randomBytes(32).toString('base64url');
      await prisma.learningQuestion.create({
        data: { token: hashToken(token), question: `Vraag ${verdict}`, themes: ['area-based-liveability-safety'], targetGroups: ['residents'], scale: 'local', groupSize: 14, learningGoal: 'innovation', contactName: 'Ilse', contactEmail: 'ilse@example.nl', consentContact: true, verdict },
      });
      return token;
    };
    const fromNew = await startPlan({ route: 'full', leervraag: await make('parallel-network') });
    const plan = await prisma.networkPlan.findUniqueOrThrow({ where: { id: fromNew.id } });
    expect(plan.title).toBe('Vraag parallel-network');
    expect(plan.learningQuestionId).not.toBeNull();
    expect(plan.answers).toMatchObject({ 'full-1': { learningGoal: 'innovation' }, 'full-2': { groupSize: 14, targetGroups: ['residents'] }, 'full-4': { scale: 'local' } });

    const fromJoin = await startPlan({ route: 'full', leervraag: await make('join-existing') });
    expect(await prisma.networkPlan.findUniqueOrThrow({ where: { id: fromJoin.id } })).toMatchObject({ answers: {}, learningQuestionId: null });
  });

  it('is rate limited per address', async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < RATE_LIMITS.networkPlan.limit; attempt++) {
      expect((await startNetworkPlan(prisma, { route: 'light' }, { ...context(), ip })).kind).toBe('ok');
    }
    expect(await startNetworkPlan(prisma, { route: 'light' }, { ...context(), ip })).toMatchObject({ kind: 'rate-limited' });
  });
});

describe('saving a step', () => {
  it('saves the step, counts the version up and sets the title and chosen form', async () => {
    const { token, id } = await startPlan();
    const ip = freshIp();
    expect(await savePlanStep(prisma, token, 1, { answers: { title: 'Wijkaanpak Deventer', themes: [] }, version: 1 }, { ip })).toMatchObject({ kind: 'ok', version: 2 });
    expect(await savePlanStep(prisma, token, 3, { answers: { chosenFormId: 'living-lab', levels: [] }, version: 2 }, { ip })).toMatchObject({ kind: 'ok', version: 3 });
    const plan = await prisma.networkPlan.findUniqueOrThrow({ where: { id } });
    expect(plan).toMatchObject({ title: 'Wijkaanpak Deventer', chosenFormId: 'living-lab', version: 3, currentStep: 3 });
    expect(plan.answers).toMatchObject({ 'full-1': { title: 'Wijkaanpak Deventer' }, 'full-3': { chosenFormId: 'living-lab' } });
  });

  it('refuses invalid answers and a stale version, changing nothing', async () => {
    const { token, id } = await startPlan();
    const ip = freshIp();
    const before = await prisma.networkPlan.findUniqueOrThrow({ where: { id } });
    const invalid = await savePlanStep(prisma, token, 2, { answers: { groupSize: 9999, organiser: '<script>x</script>' }, version: 1 }, { ip });
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind === 'invalid') expect(invalid.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['groupSize', 'organiser']);
    expect(await savePlanStep(prisma, token, 2, { answers: { groupSize: 15 }, version: 0 }, { ip })).toMatchObject({ kind: 'conflict', plan: { version: 1 } });
    expect(await prisma.networkPlan.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it('lets only one of two saves on the same version win', async () => {
    const { token, id } = await startPlan();
    const ip = freshIp();
    const outcomes = await Promise.all(
      ['Eerste', 'Tweede'].map((title) => savePlanStep(prisma, token, 1, { answers: { title }, version: 1 }, { ip })),
    );
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['conflict', 'ok']);
    expect((await prisma.networkPlan.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it('keeps only the step fields from a form, finishes on the last step, and knows no other steps', async () => {
    const { token, id } = await startPlan({ route: 'light' });
    const ip = freshIp();
    const saved = await savePlanStep(prisma, token, 5, { answers: { followUp: 'Evalueren', token, goto: 'plan' }, version: 1, finish: true, fromForm: true }, { ip });
    expect(saved).toMatchObject({ kind: 'ok', route: 'light', totalSteps: 5 });
    expect(await prisma.networkPlan.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'finished', answers: { 'light-5': { followUp: 'Evalueren' } } });
    expect(await savePlanStep(prisma, token, 6, { answers: {}, version: 2 }, { ip })).toEqual({ kind: 'not-found' });
    expect(await savePlanStep(prisma, 'x'.repeat(43), 1, { answers: {}, version: 1 }, { ip })).toEqual({ kind: 'not-found' });
  });
});

describe('support requests', () => {
  const request = { supportLevel: 'take-over', contactName: 'Joost Bakker', contactEmail: 'joost@example.nl', message: 'Graag!' };

  it('stores the request linked to the plan, with audit event and confirmation, in one go', async () => {
    const { token, id } = await startPlan();
    const outcome = await submitSupportRequest(prisma, token, request, { ip: freshIp(), locale: 'nl' });
    expect(outcome).toMatchObject({ kind: 'ok', value: { supportLevel: 'take-over' } });
    const row = await prisma.supportRequest.findFirstOrThrow({ where: { networkPlanId: id } });
    expect(row).toMatchObject({ supportLevelId: 'take-over', status: 'new', contactEmail: 'joost@example.nl', message: 'Graag!' });
    expect(await prisma.auditEvent.count({ where: { itemId: row.id, itemType: 'support_request' } })).toBe(1);
    expect(await prisma.outboundEmail.findFirstOrThrow({ where: { itemId: row.id } })).toMatchObject({ template: 'support-request-received', to: 'joost@example.nl' });
  });

  it('refuses an unknown level and stores nothing; an unknown plan is not found', async () => {
    const { token, id } = await startPlan();
    expect((await submitSupportRequest(prisma, token, { ...request, supportLevel: 'all-of-it' }, { ip: freshIp(), locale: 'nl' })).kind).toBe('invalid');
    expect(await prisma.supportRequest.count({ where: { networkPlanId: id } })).toBe(0);
    expect(await submitSupportRequest(prisma, 'y'.repeat(43), request, { ip: freshIp(), locale: 'nl' })).toEqual({ kind: 'not-found' });
  });

  it('answers over HTTP: 201, 400 with Dutch issues naming the field, 404', async () => {
    const { POST } = await import('@/app/api/netwerkplannen/[token]/ondersteuning/route');
    const { token } = await startPlan();
    const call = (planToken: string, body: unknown) =>
      POST(
        new Request('http://localhost/api', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'Accept-Language': 'nl', [CLIENT_ADDRESS_HEADER]: freshIp().split(':')[0]! } }),
        { params: Promise.resolve({ token: planToken }) },
      );
    const ok = await call(token, { ...request, supportLevel: 'help-do-it-yourself' });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ status: 'received', supportLevel: 'help-do-it-yourself' });
    const bad = await call(token, { ...request, contactEmail: 'joost@' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues).toEqual([expect.objectContaining({ path: 'contactEmail', message: expect.stringContaining('geldig e-mailadres') })]);
    expect((await call('z'.repeat(43), request)).status).toBe(404);
  });
});

describe('the plan as PDF', () => {
  it('is a PDF with the title and the chosen form, with characters outside Latin-1 replaced', async () => {
    const { GET } = await import('@/app/api/netwerkplannen/[token]/pdf/route');
    const { token } = await startPlan();
    const ip = freshIp();
    await savePlanStep(prisma, token, 1, { answers: { title: 'Łódź – “wijkaanpak” 🏘️' }, version: 1 }, { ip });
    await savePlanStep(prisma, token, 3, { answers: { chosenFormId: 'community-of-practice' }, version: 2 }, { ip });
    const response = await GET(new Request(`http://localhost/api/netwerkplannen/${token}/pdf?lang=nl`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="plan-lodz-wijkaanpak\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pdfText } = await import('@/tests/e2e/support/pdf-text');
    const text = pdfText(pdf);
    expect(text).toContain('Lódz - "wijkaanpak" ??');
    expect(text).toContain('Community of practice');
    const missing = await GET(new Request('http://localhost/x'), { params: Promise.resolve({ token: 'q'.repeat(43) }) });
    expect(missing.status).toBe(404);
  });
});

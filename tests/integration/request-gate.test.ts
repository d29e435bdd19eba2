// The gate in front of every state-changing route handler (lib/http/guard-request.ts), against the
// real handlers and PostgreSQL: another site's page cannot post (not even a `text/plain` "simple"
// request without preflight), bodies over 1 MB are refused with 413 before they are read further,
// and JSON routes refuse other content types with 415. POST /api/match is an open API.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST as postContact } from '@/app/api/contact/route';
import { POST as postLearningQuestion } from '@/app/api/learning-questions/route';
import { POST as postMatch } from '@/app/api/match/route';
import { POST as postSupportRequest } from '@/app/api/netwerkplannen/[token]/ondersteuning/route';
import { POST as postOfferingSubmission } from '@/app/api/offering-submissions/route';
import { POST as postMeetingProposal } from '@/app/api/meeting-proposals/route';
import { POST as postFollow } from '@/app/api/volgen/route';
import { POST as postAuth } from '@/app/api/auth/[...nextauth]/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { MAX_BODY_BYTES } from '@/lib/http/read-json-body';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';
import { startNetworkPlan } from '@/lib/wizard/start-network-plan';

const original = process.env.DATABASE_URL;
let prisma: Db;
let planToken: string;
let counter = 0;
const address = () => `192.0.2.${++counter}-gate-${Date.now()}`;

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
  const plan = await startNetworkPlan(prisma, { route: 'light' }, { ip: address(), locale: 'nl', appUrl: 'http://localhost' });
  if (plan.kind !== 'ok' || !plan.value) throw new Error('no plan');
  planToken = plan.value.token;
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

const contact = { name: 'Mila de Boer', email: 'mila@example.nl', subject: 'Vraag', message: 'Is er een leerkring over schuldhulp in Drenthe?' };

type Handler = (request: Request, context?: never) => Promise<Response>;
const routes: { name: string; post: Handler; body: unknown; rows: () => Promise<number> }[] = [
  { name: 'POST /api/contact', post: postContact as Handler, body: contact, rows: () => prisma.contactMessage.count() },
  {
    name: 'POST /api/learning-questions',
    post: postLearningQuestion as Handler,
    body: { question: 'Hoe leren wijkteams van elkaar over armoede?', themes: ['poverty'], targetGroups: ['professionals'], scale: 'national', contactName: 'Mila', contactEmail: 'mila@example.nl', consentContact: true },
    rows: () => prisma.learningQuestion.count(),
  },
  {
    name: 'POST /api/offering-submissions',
    post: postOfferingSubmission as Handler,
    body: { title: 'Leerkring schuldhulp', summary: 'Schuldhulpverleners leren samen.', themes: ['poverty'], learningForm: 'intervision-supervision-groups', scales: ['local'], targetGroups: ['professionals'], openToJoin: true, submitterName: 'Mila', submitterEmail: 'mila@example.nl' },
    rows: () => prisma.offering.count(),
  },
  {
    name: 'POST /api/meeting-proposals',
    post: postMeetingProposal as Handler,
    body: { title: 'Intervisie schuldhulp', summary: 'Schuldhulpverleners bespreken samen een casus.', start: '2099-03-01T10:00', end: '2099-03-01T12:00', online: true, themes: ['poverty'], submitterName: 'Mila', submitterEmail: 'mila@example.nl' },
    rows: () => prisma.meetingProposal.count(),
  },
  { name: 'POST /api/volgen', post: postFollow as Handler, body: { email: 'mila@example.nl', filters: {} }, rows: () => prisma.searchSubscription.count() },
  {
    name: 'POST /api/netwerkplannen/<token>/ondersteuning',
    post: ((request: Request) => postSupportRequest(request, { params: Promise.resolve({ token: planToken }) })) as Handler,
    body: { supportLevel: 'take-over', contactName: 'Mila de Boer', contactEmail: 'mila@example.nl' },
    rows: () => prisma.supportRequest.count(),
  },
];

function request(body: BodyInit | null, headers: Record<string, string>) {
  return new Request('http://localhost/api/route', {
    method: 'POST',
    headers: { [CLIENT_ADDRESS_HEADER]: address(), 'Accept-Language': 'nl', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** A body that never ends: only a reader that stops at the limit gets an answer. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

describe.each(routes)('$name', ({ post, body, rows }) => {
  it('refuses a text/plain post from another site (no preflight) with 403 and stores nothing', async () => {
    const before = await rows();
    const response = await post(request(JSON.stringify(body), { 'Content-Type': 'text/plain', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/andere website/);
    expect(await rows()).toBe(before);
  });

  it('refuses a JSON post whose Origin is another site (a browser without Sec-Fetch-Site) with 403', async () => {
    const before = await rows();
    expect((await post(request(JSON.stringify(body), { 'Content-Type': 'application/json', Origin: 'https://evil.example' }))).status).toBe(403);
    expect((await post(request(JSON.stringify(body), { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-site' }))).status).toBe(403);
    expect(await rows()).toBe(before);
  });

  it('refuses another content type from our own pages with 415', async () => {
    const response = await post(request(JSON.stringify(body), { 'Content-Type': 'text/plain', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }));
    expect(response.status).toBe(415);
  });

  it('refuses a body over 1 MB with 413: by its Content-Length, and while streaming one without', async () => {
    const declared = await post(request(JSON.stringify(body), { 'Content-Type': 'application/json', 'Content-Length': String(MAX_BODY_BYTES + 1) }));
    expect(declared.status).toBe(413);
    const streamed = await post(request(endlessBody(), { 'Content-Type': 'application/json' }));
    expect(streamed.status).toBe(413);
  });

  it('takes the same post from our own page', async () => {
    const before = await rows();
    const response = await post(request(JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }));
    expect(response.status).toBe(201);
    expect(await rows()).toBe(before + 1);
  });
});

describe('the sign-in endpoint (next-auth)', () => {
  it('refuses a post from another site before next-auth sees it', async () => {
    const response = await postAuth(
      request('email=a%40example.nl&password=x', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }),
      { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
    );
    expect(response.status).toBe(403);
  });
});

describe('POST /api/match (open API, stores nothing)', () => {
  const need = { question: 'Hoe leren wijkverpleegkundigen van elkaar?', themes: ['district-nursing'], targetGroups: ['professionals'], scale: 'national' };

  it('answers pages of other sites', async () => {
    const response = await (postMatch as Handler)(request(JSON.stringify(need), { 'Content-Type': 'application/json', Origin: 'https://other.example', 'Sec-Fetch-Site': 'cross-site' }));
    expect(response.status).toBe(200);
  });

  it('still takes only JSON, up to 1 MB', async () => {
    expect((await (postMatch as Handler)(request(JSON.stringify(need), { 'Content-Type': 'text/plain' }))).status).toBe(415);
    expect((await (postMatch as Handler)(request(endlessBody(), { 'Content-Type': 'application/json' }))).status).toBe(413);
  });
});

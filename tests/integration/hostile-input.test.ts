// Hostile input against every public door, property-based (fast-check), on the real handlers and
// PostgreSQL: each JSON route handler and GET with query parameters, and each public server action
// (the same forms without JavaScript). Over 10,000 generated inputs in all — wrong types, huge and
// empty strings, unpaired surrogates, NUL, right-to-left overrides, script and SQL payloads, deep
// nesting, missing and extra fields, broken JSON, forms with odd keys and file parts. The property:
// never a 5xx or a thrown error; a refusal is a 4xx that names the fields; a success only for input
// the form's own schema takes, and then exactly one row; nothing stored for what was refused.
//
// Server actions read the request's headers through next/headers, which only a running Next.js
// server provides; here they get the headers of a request built by the test (our own page, its own
// client address), and the page's language. Everything after that runs as in production.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

let requestHeaders = new Headers();
vi.mock('next/headers', () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock('next-intl/server', async (importOriginal) => ({ ...(await importOriginal<object>()), getLocale: async () => 'nl' }));

const { POST: postContact } = await import('@/app/api/contact/route');
const { POST: postLearningQuestion } = await import('@/app/api/learning-questions/route');
const { GET: getLearningQuestion, DELETE: deleteLearningQuestionRoute } = await import('@/app/api/learning-questions/[token]/route');
const { POST: postMatch } = await import('@/app/api/match/route');
const { POST: postSupportRequest } = await import('@/app/api/netwerkplannen/[token]/ondersteuning/route');
const { GET: getPlanPdf } = await import('@/app/api/netwerkplannen/[token]/pdf/route');
const { GET: getPlan, DELETE: deletePlanRoute } = await import('@/app/api/netwerkplannen/[token]/route');
const { POST: postOfferingSubmission } = await import('@/app/api/offering-submissions/route');
const { GET: getOfferingsCsv } = await import('@/app/api/offerings.csv/route');
const { GET: getOffering } = await import('@/app/api/offerings/[slug]/route');
const { GET: getOfferings } = await import('@/app/api/offerings/route');
const { GET: getSimilarOfferings } = await import('@/app/api/similar-offerings/route');
const { POST: postUnsubscribe } = await import('@/app/api/volgen/afmelden/[token]/route');
const { POST: postFollow } = await import('@/app/api/volgen/route');
const { submitOffering } = await import('@/app/[locale]/aanbod/aanmelden/submit-offering');
const { followSearch } = await import('@/app/[locale]/aanbod/volgen/follow-search');
const { confirmFollowingAction, unsubscribeFollowingAction } = await import('@/app/[locale]/aanbod/volgen/following-actions');
const { sendContactMessage } = await import('@/app/[locale]/contact/send-contact-message');
const { startPlan } = await import('@/app/[locale]/leernetwerk-opzetten/nieuw/start-plan');
const { deletePlan } = await import('@/app/[locale]/leernetwerk-opzetten/plan/[token]/delete-plan');
const { requestSupport } = await import('@/app/[locale]/leernetwerk-opzetten/plan/[token]/request-support');
const { saveStepAnswers } = await import('@/app/[locale]/leernetwerk-opzetten/plan/[token]/stap/[step]/save-step-answers');
const { submitPlanToCatalogue } = await import('@/app/[locale]/leernetwerk-opzetten/plan/[token]/submit-plan-to-catalogue');
const { withdrawConsent, deleteQuestion } = await import('@/app/[locale]/leervraag/[token]/question-privacy-actions');
const { sendLearningQuestion } = await import('@/app/[locale]/leervraag/send-learning-question');
const { suggestQuestionThemes } = await import('@/app/[locale]/leervraag/suggest-question-themes');
const { createPrismaClient } = await import('@/lib/db/client');
const { FILTER_NAMES, SINGLE_FILTER_NAMES } = await import('@/lib/catalogue/offering-filters');
const { offeringSubmissionSchema } = await import('@/lib/catalogue/offering-submission-schema');
const { contactMessageSchema } = await import('@/lib/contact/contact-message-schema');
const { learningQuestionSchema } = await import('@/lib/matchmaking/learning-question-schema');
const { matchRequestSchema } = await import('@/lib/matchmaking/match-request-schema');
const { supportRequestSchema } = await import('@/lib/wizard/network-plan-schemas');
const { startNetworkPlan } = await import('@/lib/wizard/start-network-plan');
const { savePlanStep } = await import('@/lib/wizard/save-plan-step');
const { hashToken } = await import('@/lib/security/create-token');
const { submitLearningQuestion } = await import('@/lib/matchmaking/submit-learning-question');
const { verifySignIn } = await import('@/lib/auth/verify-sign-in');
const { hostileFormData, hostileQuery, hostileText, hostileValue, jsonBody, mutated, oddKey } = await import('../support/hostile-input');

type Db = ReturnType<typeof createPrismaClient>;
type Handler = (request: Request, context?: never) => Promise<Response>;

const original = process.env.DATABASE_URL;
let prisma: Db;
let planToken: string;
let questionToken: string;
let counter = 0;
/** Inputs generated and sent, over every door. */
let generated = 0;
const MIN_GENERATED = 10_000;
const address = () => `198.51.100.${++counter % 250}-fuzz-${counter}`;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const runs = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true });
/** Requests sent at once per generated case: the handlers wait on PostgreSQL most of the time. */
const BATCH = 6;
const batchOf = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: BATCH, maxLength: BATCH });

/**
 * This suite's own connections commit without waiting for the disk: thousands of small writes
 * (rate-limit counters, mostly) would otherwise spend their time on WAL flushes. What is stored, and
 * when a transaction is visible, is the same.
 */
function withoutCommitWait(url: string): string {
  const withOptions = new URL(url);
  withOptions.searchParams.set('options', '-c synchronous_commit=off');
  return withOptions.toString();
}

beforeAll(async () => {
  process.env.DATABASE_URL = withoutCommitWait(inject('databaseUrl'));
  prisma = createPrismaClient(process.env.DATABASE_URL);
  expect(await prisma.$queryRawUnsafe<{ synchronous_commit: string }[]>('SHOW synchronous_commit')).toEqual([{ synchronous_commit: 'off' }]);
  const plan = await startNetworkPlan(prisma, { route: 'full' }, { ip: address(), locale: 'nl', appUrl: 'http://localhost' });
  if (plan.kind !== 'ok' || !plan.value) throw new Error('no plan');
  planToken = plan.value.token;
  const question = await submitLearningQuestion(prisma, validQuestion, { ip: address(), locale: 'nl' });
  if (question.kind !== 'ok') throw new Error('no question');
  questionToken = question.value.path.split('/').pop()!;
});

afterAll(async () => {
  console.info(`Hostile input: ${generated} generated inputs sent (seed ${SEED}).`);
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

const validContact = { name: 'Mila de Boer', email: 'mila@example.nl', organisation: 'Wijkteam Zuid', subject: 'Vraag over leerkringen', message: 'Is er een leerkring over schuldhulp in Drenthe?' };
const validQuestion = {
  question: 'Hoe leren wijkteams van elkaar over armoede?',
  themes: ['poverty'],
  targetGroups: ['professionals'],
  scale: 'national',
  contactName: 'Mila de Boer',
  contactEmail: 'mila@example.nl',
  consentContact: true,
};
const validProposal = {
  title: 'Leerkring schuldhulp',
  summary: 'Schuldhulpverleners leren samen van lastige dossiers.',
  themes: ['poverty'],
  learningForm: 'intervision-supervision-groups',
  scales: ['local'],
  targetGroups: ['professionals'],
  openToJoin: true,
  submitterName: 'Mila de Boer',
  submitterEmail: 'mila@example.nl',
};
const validSupport = { supportLevel: 'take-over', contactName: 'Mila de Boer', contactEmail: 'mila@example.nl', message: 'Graag hulp bij de eerste bijeenkomst.' };
const validFollow = { email: 'mila@example.nl', filters: { q: 'armoede', theme: ['poverty'] } };
const validMatch = { question: 'Hoe leren wijkverpleegkundigen van elkaar?', themes: ['district-nursing'], targetGroups: ['professionals'], scale: 'national' };

function jsonRequest(body: string, path = '/api/route', method = 'POST') {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { [CLIENT_ADDRESS_HEADER]: address(), 'Content-Type': 'application/json', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
    body,
  });
}

function getRequest(path: string, method = 'GET') {
  return new Request(`http://localhost${path}`, { method, headers: { [CLIENT_ADDRESS_HEADER]: address() } });
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) }) as never;

/** A 400 answer names the fields: issues, each with a path and a message in Dutch and English. */
async function expectFieldErrors(response: Response): Promise<void> {
  const body = (await response.json()) as { error?: unknown; issues?: { path: unknown; message: unknown }[] };
  expect(typeof body.error).toBe('string');
  expect(Array.isArray(body.issues) && body.issues.length > 0).toBe(true);
  for (const issue of body.issues!) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message).toMatch(/^.+: .+ \/ .+: .+$/s);
  }
}

/** The parsed body when it is JSON, else undefined (what the schema check below compares against). */
function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const storingRoutes = [
  { name: 'POST /api/contact', post: postContact as Handler, valid: validContact, schema: contactMessageSchema, rows: () => prisma.contactMessage.count(), numRuns: 170 },
  { name: 'POST /api/learning-questions', post: postLearningQuestion as Handler, valid: validQuestion, schema: learningQuestionSchema, rows: () => prisma.learningQuestion.count(), numRuns: 170 },
  { name: 'POST /api/offering-submissions', post: postOfferingSubmission as Handler, valid: validProposal, schema: offeringSubmissionSchema, rows: () => prisma.offering.count(), numRuns: 170 },
  {
    name: 'POST /api/netwerkplannen/<token>/ondersteuning',
    post: ((request: Request) => postSupportRequest(request, params({ token: planToken }))) as Handler,
    valid: validSupport,
    schema: supportRequestSchema,
    rows: () => prisma.supportRequest.count(),
    numRuns: 170,
  },
  { name: 'POST /api/volgen', post: postFollow as Handler, valid: validFollow, schema: undefined, rows: () => prisma.searchSubscription.count(), numRuns: 170 },
];

describe.each(storingRoutes)('$name under hostile JSON', ({ post, valid, schema, rows, numRuns }) => {
  it('answers 400 with field errors (or 201 for valid input, stored once), never 5xx, and stores nothing it refused', async () => {
    const before = await rows();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(batchOf(jsonBody(valid)), async (bodies) => {
        generated += bodies.length;
        await Promise.all(
          bodies.map(async (body) => {
            const response = await post(jsonRequest(body));
            expect(response.status).toBeLessThan(500);
            if (response.status === 201) {
              // Only what the form's own schema takes (with the kernel's fields left out) is a success.
              if (schema) expect(schema.safeParse(parsedOrUndefined(body)).success).toBe(true);
              accepted++;
              return;
            }
            if (response.status === 413) return;
            expect(response.status).toBe(400);
            await expectFieldErrors(response);
          }),
        );
      }),
      runs(numRuns),
    );
    expect(await rows()).toBe(before + accepted);
  });
});

describe('POST /api/match (open API, stores nothing) under hostile JSON', () => {
  it('answers 200 or 400 with field errors, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(batchOf(jsonBody(validMatch)), async (bodies) => {
        generated += bodies.length;
        await Promise.all(
          bodies.map(async (body) => {
            const response = await (postMatch as Handler)(jsonRequest(body));
            if (response.status === 200) {
              expect(matchRequestSchema.safeParse(parsedOrUndefined(body)).success).toBe(true);
              return;
            }
            if (response.status === 413) return;
            expect(response.status).toBe(400);
            await expectFieldErrors(response);
          }),
        );
      }),
      runs(90),
    );
  });
});

describe('GET routes with hostile query parameters and path segments', () => {
  const queryNames = ['q', 'sort', 'page', 'pageSize', ...FILTER_NAMES, ...SINGLE_FILTER_NAMES];

  it.each([
    ['GET /api/offerings', getOfferings as Handler, '/api/offerings'],
    ['GET /api/offerings.csv', getOfferingsCsv as Handler, '/api/offerings.csv'],
  ])('%s answers 200 or 400 with field errors', async (_name, get, path) => {
    await fc.assert(
      fc.asyncProperty(batchOf(hostileQuery(queryNames)), async (queries) => {
        generated += queries.length;
        await Promise.all(
          queries.map(async (query) => {
            const response = await get(getRequest(`${path}?${query}`));
            if (response.status === 200) return void (await response.arrayBuffer());
            expect(response.status).toBe(400);
            await expectFieldErrors(response);
          }),
        );
      }),
      runs(60),
    );
  });

  it('GET /api/similar-offerings answers 200 with a list', async () => {
    await fc.assert(
      fc.asyncProperty(batchOf(hostileQuery(['title'])), async (queries) => {
        generated += queries.length;
        await Promise.all(
          queries.map(async (query) => {
            const response = await (getSimilarOfferings as Handler)(getRequest(`/api/similar-offerings?${query}`));
            expect(response.status).toBe(200);
            expect(Array.isArray(((await response.json()) as { items: unknown }).items)).toBe(true);
          }),
        );
      }),
      runs(60),
    );
  });

  it('GET /api/netwerkplannen/<token>/pdf draws whatever text a plan took, in any asked language', async () => {
    const started = await startNetworkPlan(prisma, { route: 'full' }, { ip: address(), locale: 'nl', appUrl: 'http://localhost' });
    if (started.kind !== 'ok' || !started.value) throw new Error('no plan');
    const token = started.value.token;
    let version = 1;
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (title, lang) => {
        generated++;
        const saved = await savePlanStep(prisma, token, 1, { answers: { title }, version }, { ip: address() });
        if (saved.kind === 'ok') {
          version = saved.version;
          taken++;
        } else expect(saved.kind).toBe('invalid');
        const response = await getPlanPdf(getRequest(`/api/netwerkplannen/x/pdf?${new URLSearchParams({ lang })}`), params({ token }));
        expect(response.status).toBe(200);
        expect(response.headers.get('Content-Type')).toBe('application/pdf');
        expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      }),
      runs(25),
    );
    // Markup, right-to-left and emoji titles are taken; the property is not only about refusals.
    expect(taken).toBeGreaterThan(0);
  });

  const segment = fc.oneof(hostileText, oddKey);

  it('unknown links and slugs answer 404, and delete or change nothing', async () => {
    const counts = () => Promise.all([prisma.learningQuestion.count(), prisma.networkPlan.count(), prisma.searchSubscription.count(), prisma.supportRequest.count(), prisma.offering.count()]);
    const before = await counts();
    const doors: [string, (value: string, lang: string) => Promise<Response>][] = [
      ['GET /api/offerings/<slug>', (value) => getOffering(getRequest('/api/offerings/x'), params({ slug: value }))],
      ['GET /api/learning-questions/<token>', (value) => getLearningQuestion(getRequest('/api/learning-questions/x'), params({ token: value }))],
      ['DELETE /api/learning-questions/<token>', (value) => deleteLearningQuestionRoute(getRequest('/api/learning-questions/x', 'DELETE'), params({ token: value }))],
      ['GET /api/netwerkplannen/<token>', (value) => getPlan(getRequest('/api/netwerkplannen/x'), params({ token: value }))],
      ['DELETE /api/netwerkplannen/<token>', (value) => deletePlanRoute(getRequest('/api/netwerkplannen/x', 'DELETE'), params({ token: value }))],
      ['GET /api/netwerkplannen/<token>/pdf', (value, lang) => getPlanPdf(getRequest(`/api/netwerkplannen/x/pdf?${new URLSearchParams({ lang })}`), params({ token: value }))],
      ['POST /api/netwerkplannen/<token>/ondersteuning', (value) => postSupportRequest(jsonRequest(JSON.stringify(validSupport)), params({ token: value }))],
    ];
    for (const [name, door] of doors) {
      await fc.assert(
        fc.asyncProperty(segment, hostileText, async (value, lang) => {
          generated++;
          const response = await door(value, lang);
          expect({ name, status: response.status }).toEqual({ name, status: 404 });
          expect(typeof ((await response.json()) as { error: unknown }).error).toBe('string');
        }),
        runs(130),
      );
    }
    // The one-click unsubscribe answers 200 also when there is nothing to unsubscribe (RFC 8058).
    await fc.assert(
      fc.asyncProperty(segment, async (value) => {
        generated++;
        const response = await (postUnsubscribe as unknown as (request: Request, context: never) => Promise<Response>)(getRequest('/api/volgen/afmelden/x', 'POST'), params({ token: value }));
        expect(response.status).toBe(200);
      }),
      runs(130),
    );
    expect(await counts()).toEqual(before);
  });
});

// ---- Server actions: the same forms without JavaScript --------------------------------------

/** A form post from our own page, with its own client address. */
function asOwnPage() {
  requestHeaders = new Headers({ [CLIENT_ADDRESS_HEADER]: address(), Origin: 'http://localhost:3000', Host: 'localhost:3000', 'Sec-Fetch-Site': 'same-origin' });
}

/** Runs a server action: its state, or where it redirected to. Any other thrown error fails the test. */
async function runAction<State>(action: () => Promise<State>): Promise<{ state?: State; redirectedTo?: string }> {
  try {
    return { state: await action() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirectedTo: digest.split(';')[2] };
    throw error;
  }
}

type ActionState = { status: string; fieldErrors?: Record<string, string>; problems?: string[] };

function expectRefusedWithFieldErrors(state: ActionState | undefined) {
  expect(state?.status).toBe('invalid');
  const named = Object.keys(state?.fieldErrors ?? {}).length + (state?.problems?.length ?? 0);
  expect(named).toBeGreaterThan(0);
  for (const message of [...Object.values(state?.fieldErrors ?? {}), ...(state?.problems ?? [])]) expect(message.trim()).not.toBe('');
}

const entries = (value: Record<string, unknown>): [string, string][] =>
  Object.entries(value).flatMap(([key, field]) => (Array.isArray(field) ? field.map((item) => [key, String(item)] as [string, string]) : [[key, String(field === true ? 'on' : field)] as [string, string]]));

const formActions = [
  {
    name: 'sendContactMessage',
    valid: entries(validContact),
    act: (form: FormData) => sendContactMessage({ status: 'idle' }, form),
    rows: () => prisma.contactMessage.count(),
  },
  {
    name: 'submitOffering',
    valid: entries(validProposal),
    act: (form: FormData) => submitOffering({ status: 'idle' }, form),
    rows: () => prisma.offering.count(),
  },
  {
    name: 'sendLearningQuestion',
    valid: entries(validQuestion),
    act: (form: FormData) => sendLearningQuestion({ status: 'idle' }, form),
    rows: () => prisma.learningQuestion.count(),
  },
  {
    name: 'requestSupport',
    valid: [...entries(validSupport), ['token', '']] as [string, string][],
    act: (form: FormData) => {
      if (!form.has('token')) form.set('token', planToken);
      else if (form.get('token') === '') form.set('token', planToken);
      return requestSupport({ status: 'idle' }, form);
    },
    rows: () => prisma.supportRequest.count(),
  },
  {
    name: 'followSearch',
    valid: [['email', 'mila@example.nl'], ['q', 'armoede'], ['theme', 'poverty']] as [string, string][],
    act: (form: FormData) => followSearch({ status: 'idle' }, form),
    rows: () => prisma.searchSubscription.count(),
  },
  {
    name: 'startPlan',
    valid: [['route', 'light'], ['contactName', 'Mila de Boer'], ['contactEmail', 'mila@example.nl']] as [string, string][],
    act: (form: FormData) => startPlan({ status: 'idle' }, form),
    rows: () => prisma.networkPlan.count(),
  },
  {
    name: 'submitPlanToCatalogue',
    valid: [['token', ''], ['submitterName', 'Mila de Boer'], ['submitterEmail', 'mila@example.nl']] as [string, string][],
    act: (form: FormData) => {
      if (form.get('token') === '') form.set('token', planToken);
      return submitPlanToCatalogue({ status: 'idle' }, form);
    },
    rows: () => prisma.offering.count(),
  },
];

describe.each(formActions)('server action $name under a hostile form', ({ valid, act, rows }) => {
  it('returns field errors (or a success for a valid form, stored once), never throws, and stores nothing it refused', async () => {
    const before = await rows();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileFormData(valid), async (form) => {
        generated++;
        asOwnPage();
        const { state, redirectedTo } = await runAction<ActionState & { suggestedThemes?: string[] }>(() => act(form));
        expect(state?.status).not.toBe('rate-limited');
        // The learning question sent without themes comes back with themes suggested, nothing stored.
        if (state?.suggestedThemes) return;
        // A success: "sent", or on to the stored item's page. "idle": an unknown plan link.
        if (state?.status === 'sent' || (redirectedTo && !redirectedTo.endsWith('/leernetwerk-opzetten'))) accepted++;
        else if (state?.status !== 'idle' && !redirectedTo) expectRefusedWithFieldErrors(state);
      }),
      runs(230),
    );
    expect(await rows()).toBe(before + accepted);
  });
});

describe('server action saveStepAnswers under a hostile form', () => {
  it('saves a valid step, refuses the rest with field errors or a conflict, and changes nothing it refused', async () => {
    const started = await startNetworkPlan(prisma, { route: 'full' }, { ip: address(), locale: 'nl', appUrl: 'http://localhost' });
    if (started.kind !== 'ok' || !started.value) throw new Error('no plan');
    const token = started.value.token;
    const version = async () => (await prisma.networkPlan.findFirstOrThrow({ where: { token: hashToken(token) }, select: { version: true } })).version;
    const valid: [string, string][] = [
      ['token', token],
      ['step', '1'],
      ['goto', 'next'],
      ['version', '1'],
      ['title', 'Wijkaanpak Deventer'],
    ];
    await fc.assert(
      fc.asyncProperty(hostileFormData(valid), fc.constantFrom('1', '2', '3', '4'), async (form, step) => {
        generated++;
        asOwnPage();
        // A removed link is put back (the action needs one); a replaced one stays, as any unknown link.
        if (!form.has('token')) form.set('token', token);
        if (!form.has('step')) form.set('step', step);
        const at = await version();
        if (form.get('version') === '1') form.set('version', String(at));
        const { state, redirectedTo } = await runAction<{ status: string; fieldErrors?: Record<string, string> }>(() => saveStepAnswers({ status: 'idle' } as never, form));
        expect(state?.status).not.toBe('rate-limited');
        if (redirectedTo) return;
        if (state?.status === 'conflict') expect(await version()).toBe(at);
        else {
          expectRefusedWithFieldErrors(state);
          expect(await version()).toBe(at);
        }
      }),
      runs(250),
    );
  });
});

describe('privacy and following buttons with hostile links', () => {
  it('redirect to the link page for an unknown link and delete or change nothing', async () => {
    const counts = () => Promise.all([prisma.learningQuestion.count(), prisma.networkPlan.count(), prisma.searchSubscription.count(), prisma.learningQuestion.count({ where: { consentConnect: true } })]);
    const before = await counts();
    const buttons: [string, (form: FormData) => Promise<void>][] = [
      ['withdrawConsent', withdrawConsent],
      ['deleteQuestion', deleteQuestion],
      ['deletePlan', deletePlan],
      ['confirmFollowingAction', confirmFollowingAction],
      ['unsubscribeFollowingAction', unsubscribeFollowingAction],
    ];
    for (const [name, button] of buttons) {
      await fc.assert(
        fc.asyncProperty(hostileFormData([['token', 'onbekend']]), async (form) => {
          generated++;
          asOwnPage();
          // The real links stay out: what is fuzzed here are links that do not exist.
          if (form.getAll('token').some((token) => token === questionToken || token === planToken)) form.delete('token');
          const { redirectedTo } = await runAction(() => button(form));
          expect({ name, redirected: typeof redirectedTo }).toEqual({ name, redirected: 'string' });
        }),
        runs(100),
      );
    }
    expect(await counts()).toEqual(before);
  });

  it('suggestQuestionThemes takes any value and answers a list of themes', async () => {
    await fc.assert(
      fc.asyncProperty(hostileValue, async (value) => {
        generated++;
        expect(Array.isArray(await suggestQuestionThemes(value))).toBe(true);
      }),
      runs(200),
    );
  });
});

describe('team sign-in (the check behind POST /api/auth/callback/credentials) with hostile input', () => {
  it('answers a refusal for every input, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated({ email: 'niemand@example.nl', password: 'een lang wachtwoord', totp: '123456' }), hostileValue), async (input) => {
        generated++;
        const result = await verifySignIn(prisma, input, address());
        expect(result.ok).toBe(false);
      }),
      runs(150),
    );
  });
});

describe('in all', () => {
  it(`sent at least ${MIN_GENERATED} generated inputs`, () => {
    expect(generated).toBeGreaterThanOrEqual(MIN_GENERATED);
  });
});

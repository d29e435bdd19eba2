// POST /api/match against the seeded catalogue in a real PostgreSQL: the contract, the verdicts of
// the domain examples, field errors, the rate limit, and that nothing is stored.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST } from '@/app/api/match/route';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { findMatchCandidates } from '@/lib/matchmaking/find-match-candidates';
import { matchRequestSchema } from '@/lib/matchmaking/match-request-schema';
import { RATE_LIMITS } from '@/lib/security/rate-limits';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-ip';

const original = process.env.DATABASE_URL;
let prisma: Db;
let ipCounter = 0;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterEach(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

function post(body: unknown, options: { ip?: string; language?: string } = {}) {
  return POST(
    new Request('http://localhost/api/match', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [CLIENT_ADDRESS_HEADER]: options.ip ?? `198.51.100.${++ipCounter}-${Date.now()}`,
        ...(options.language ? { 'Accept-Language': options.language } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

const districtNursing = {
  question: 'Hoe leren wijkverpleegkundigen van elkaar over zelfmanagement van ouderen?',
  themes: ['district-nursing'],
  targetGroups: ['professionals'],
  scale: 'national',
  learningGoal: 'improvement',
};

describe('POST /api/match', () => {
  it('gives the reasons in the language the caller asks for, Dutch by default', async () => {
    const dutch = await (await post(districtNursing)).json();
    const english = await (await post(districtNursing, { language: 'en-GB,en;q=0.8' })).json();
    expect(english.matches.map((match: { slug: string }) => match.slug)).toEqual(dutch.matches.map((match: { slug: string }) => match.slug));
    expect(dutch.matches[0].checks[0].reason).toMatch(/^Werkt aan 1 van je 1 thema's: Wijkverpleging/);
    expect(english.matches[0].checks[0].reason).toMatch(/^Works on 1 of your 1 themes: District nursing/);
    // The seeded example networks are not verified yet: ranked, but the caller is told to ask first.
    expect(english.matches[0].checks[3].reason).toMatch(/^Listed as open to new participants, but this has not been checked yet/);
  });

  it('answers the contract: verdict, at most ten matches best first with four checks each, recommended forms', async () => {
    const response = await post(districtNursing);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['matches', 'recommendedForms', 'verdict']);
    expect(body.verdict).toBe('join-existing');
    expect(body.matches[0]).toMatchObject({ slug: 'leernetwerken-wijkverpleging-zorg-voor-beter' });
    expect(body.matches.length).toBeGreaterThan(1);
    expect(body.matches.length).toBeLessThanOrEqual(10);
    for (const match of body.matches) {
      expect(Object.keys(match).sort()).toEqual(['checks', 'score', 'slug', 'title']);
      expect(match.checks.map((check: { id: string }) => check.id)).toEqual(['exists', 'where-for-whom', 'fits-need-and-form', 'room-to-join']);
      for (const check of match.checks) expect(check.reason).toMatch(/\S.*\.$/);
    }
    expect(body.recommendedForms).toContain('community-of-practice');
  });

  it('gives parallel-network for early signalling in Zuid-Holland, next to the closed network in Almere', async () => {
    const response = await post({
      question: 'Woningcorporaties willen met welzijn en veiligheid leren over gezamenlijke vroegsignalering en preventie.',
      themes: ['early-signalling-prevention'],
      targetGroups: ['professionals'],
      scale: 'regional',
      province: 'zuid-holland',
      preferredForms: ['action-research'],
    });
    const body = await response.json();
    expect(body.verdict).toBe('parallel-network');
    expect(body.matches[0].slug).toBe('wsd-flevoland-almere-signaleren');
    expect(body.matches[0].checks.find((check: { id: string }) => check.id === 'room-to-join')).toMatchObject({ pass: false, reason: 'Staat niet open voor nieuwe deelnemers.' });
  });

  it('gives new-network with advice from the menukaart when nothing exists on the theme', async () => {
    const body = await (
      await post({
        question: 'Hoe integreren statushouders en inwoners met een rugzakje beter in de wijk?',
        themes: ['integration-status-holders'],
        targetGroups: ['policy-makers', 'professionals', 'residents'],
        scale: 'regional',
        province: 'gelderland',
        learningGoal: 'reflection',
      })
    ).json();
    expect(body.verdict).toBe('new-network');
    expect(body.recommendedForms[0]).toBe('intervision-supervision-groups');
  });

  it('finds offerings on the question text alone, with Dutch stemming', async () => {
    const question = matchRequestSchema.parse({
      question: 'Wijkverpleging en onderwijs',
      themes: ['poverty'],
      targetGroups: ['professionals'],
      scale: 'national',
    });
    const candidates = await findMatchCandidates(prisma, question);
    const onText = candidates.filter((candidate) => !candidate.themes.includes('poverty'));
    expect(onText.length).toBeGreaterThan(0);
    expect(onText.every((candidate) => candidate.textRelevance > 0)).toBe(true);
  });

  it('names the question\'s own words each offering holds, and ranks the one about the question\'s issue first', async () => {
    const body = await (
      await post({
        question: 'Hoe zetten we een leernetwerk in de wijkverpleging op dat blijft bestaan?',
        themes: ['district-nursing'],
        targetGroups: ['professionals'],
        scale: 'national',
      })
    ).json();
    expect(body.matches[0].slug).toBe('leernetwerken-wijkverpleging-zorg-voor-beter');
    expect(body.matches[0].checks[0].reason).toMatch(/Woorden uit je vraag die erin staan: ‘leernetwerk’, ‘wijkverpleging’, ‘blijft’ en ‘bestaan’\.$/);
  });

  it('hands the engine the offering\'s sectors, period and cadence', async () => {
    const question = matchRequestSchema.parse({ question: 'Leernetwerken in de wijkverpleging', themes: ['district-nursing'], targetGroups: ['professionals'], scale: 'national' });
    const candidates = await findMatchCandidates(prisma, question);
    const nursing = candidates.find((candidate) => candidate.slug === 'leernetwerken-wijkverpleging-zorg-voor-beter')!;
    expect(nursing).toMatchObject({ sectors: ['care'], startDate: null, cadence: null, matchedWords: ['leernetwerken', 'wijkverpleging'] });
    expect(nursing.textRelevance).toBe(1);
  });

  it('without themes, assumes the themes suggested from the question\'s words and says which', async () => {
    const question = { question: 'Woningcorporaties willen leren over gezamenlijke vroegsignalering en preventie.', targetGroups: ['professionals'], scale: 'national' };
    for (const body of [question, { ...question, themes: [] }]) {
      const answer = await (await post(body)).json();
      expect(answer.assumedThemes).toContain('early-signalling-prevention');
      expect(answer.matches.length).toBeGreaterThan(0);
      expect(answer.matches[0].checks[0].reason).toMatch(/Vroegsignalering/);
    }
    const withThemes = await (await post({ ...question, themes: ['poverty'] })).json();
    expect(withThemes).not.toHaveProperty('assumedThemes');
  });

  it('assumes the umbrella theme when no theme fits the question\'s words', async () => {
    const answer = await (await post({ question: 'Hoe leren we samen in de wijk van elkaar?', targetGroups: ['professionals'], scale: 'national' })).json();
    expect(answer.assumedThemes).toEqual(['area-based-liveability-safety']);
  });

  it('only considers published offerings', async () => {
    await prisma.$executeRaw`UPDATE offerings SET status = 'archived' WHERE slug = 'leernetwerken-wijkverpleging-zorg-voor-beter'`;
    try {
      const body = await (await post(districtNursing)).json();
      expect(body.matches.map((match: { slug: string }) => match.slug)).not.toContain('leernetwerken-wijkverpleging-zorg-voor-beter');
    } finally {
      await prisma.$executeRaw`UPDATE offerings SET status = 'published' WHERE slug = 'leernetwerken-wijkverpleging-zorg-voor-beter'`;
    }
  });

  it('answers 400 with field errors in Dutch and English for invalid input, and 400 for no JSON', async () => {
    const response = await post({ question: 'kort', themes: ['not-a-theme'], targetGroups: [], scale: 'galactic', extra: 1 });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('De invoer is niet geldig. / The input is not valid.');
    const paths = body.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['question', 'themes.0', 'targetGroups', 'scale']));
    expect(body.issues.find((issue: { path: string }) => issue.path === 'question').message).toBe('Leervraag: Vul minstens 10 tekens in. / Learning question: Enter at least 10 characters.');
    const dutchOnly = await (await post({ ...districtNursing, scale: 'organisation' }, { language: 'nl' })).json();
    expect(dutchOnly.issues).toEqual([{ path: 'scale', message: 'Schaal: Onbekende waarde; kies uit: local, regional, national.' }]);
    expect((await post('not json')).status).toBe(400);
  });

  it('stores nothing', async () => {
    const count = async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT (SELECT count(*) FROM learning_questions) + (SELECT count(*) FROM match_results) AS n`)[0]!.n;
    const before = await count();
    await post(districtNursing);
    expect(await count()).toBe(before);
  });

  it('answers 429 with a readable message after too many requests from one address', async () => {
    const ip = `192.0.2.77-${Date.now()}`;
    for (let index = 0; index < RATE_LIMITS.matchApi.limit; index++) {
      expect((await post({ question: 'x' }, { ip })).status).toBe(400);
    }
    const response = await post(districtNursing, { ip, language: 'nl' });
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await response.json()).error).toMatch(/Probeer het over \d+ minu/);
  });
});

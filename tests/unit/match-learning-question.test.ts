// The matchmaking engine: each check-question and each verdict, table-driven from the domain's
// examples (the seeded catalogue), plus properties that must hold for any question and offering.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedOfferings from '@/prisma/seed/offerings.json' with { type: 'json' };
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { LEARNING_GOALS, LEARNING_LEVELS, DISCIPLINARITIES, PROVINCES, QUESTION_SCALES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import {
  CHECK_IDS,
  MAX_MATCHES,
  evaluateOffering,
  matchLearningQuestion,
  type CheckId,
  type MatchCandidate,
} from '@/lib/matchmaking/match-learning-question';
import { matchRequestSchema, type MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { reasonWords } from '@/lib/matchmaking/reason-words';

const TODAY = '2026-12-03';

/** A seeded offering (prisma/seed/offerings.json) as the database would hand it to the engine. */
function seeded(slug: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  const record = seedOfferings.find((offering) => offering.slug === slug) as Record<string, unknown> | undefined;
  if (!record) throw new Error(`no seed offering ${slug}`);
  return {
    id: slug,
    slug,
    title: String(record.title),
    themes: record.themes as string[],
    learningFormId: String(record.learningForm),
    scales: record.scales as string[],
    provinces: (record.provinces as string[] | undefined) ?? [],
    municipalities: (record.municipalities as string[] | undefined) ?? [],
    targetGroups: record.targetGroups as string[],
    levels: (record.levels as string[] | undefined) ?? [],
    disciplinarity: (record.disciplinarity as string | undefined) ?? null,
    openToJoin: Boolean(record.openToJoin),
    capacity: (record.capacity as number | undefined) ?? null,
    participants: (record.participants as number | undefined) ?? null,
    endDate: (record.endDate as string | undefined) ?? null,
    textRelevance: 0,
    ...overrides,
  };
}

function question(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return matchRequestSchema.parse({
    question: 'Hoe leren we samen met andere partijen van onze aanpak?',
    themes: ['area-based-liveability-safety'],
    targetGroups: ['professionals'],
    scale: 'regional',
    ...overrides,
  });
}

const check = (q: MatchRequest, offering: MatchCandidate, id: CheckId) =>
  evaluateOffering(q, offering, { today: TODAY }).match.checks.find((c) => c.id === id)!;

// The corporations' early-signalling example (setup-steps.json, step 2C): housing corporations want
// to learn about joint early signalling and prevention with welfare and safety professionals.
const corporations = question({
  question: 'Woningcorporaties willen met welzijn en veiligheid leren over gezamenlijke vroegsignalering en preventie in wijken.',
  themes: ['early-signalling-prevention', 'integrated-preventive-signalling'],
  targetGroups: ['professionals', 'policy-makers'],
  scale: 'regional',
  province: 'zuid-holland',
  learningGoal: 'improvement',
  preferredForms: ['action-research'],
});
// The status-holders example (setup-steps.json, step 2D): a policy officer wants to learn in her own
// region about integrating refugee status holders and residents "with a backpack".
const statusHolders = question({
  question: 'Hoe integreren statushouders en inwoners met een rugzakje beter in de wijk?',
  themes: ['integration-status-holders'],
  targetGroups: ['policy-makers', 'professionals', 'residents'],
  scale: 'regional',
  province: 'gelderland',
  learningGoal: 'improvement',
});

describe('check 1: exists (themes and question text)', () => {
  it.each<[string, MatchRequest, MatchCandidate, boolean, RegExp]>([
    ['shares themes with the question', corporations, seeded('wsd-flevoland-almere-signaleren'), true, /Werkt aan 2 van je 2 thema's: .*Vroeg/],
    ['shares no theme and its text does not answer the question', statusHolders, seeded('wsd-flevoland-almere-signaleren'), false, /niet aan jouw thema's/],
    ['shares no theme but its text answers the question', statusHolders, seeded('wsd-zuid-holland-zuid', { textRelevance: 0.6 }), true, /bevat 60% van de kernwoorden van je vraag/],
  ])('%s', (_case, q, offering, pass, reason) => {
    const result = check(q, offering, 'exists');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('check 2: where and for whom', () => {
  it.each<[string, MatchRequest, MatchCandidate, boolean, RegExp]>([
    ['a national network suits everyone', question({ province: 'groningen' }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter'), true, /werkt landelijk/],
    ['a local network elsewhere does not suit', corporations, seeded('wsd-flevoland-almere-signaleren'), false, /in Flevoland, niet in Zuid-Holland waar jij zit/],
    ['a regional network in the asker\'s province suits', question({ province: 'zuid-holland' }), seeded('wsd-zuid-holland-zuid'), true, /Zuid-Holland, waar jij ook zit/],
    ['a regional network does not suit a national question', question({ scale: 'national' }), seeded('wsd-zuid-holland-zuid'), false, /landelijk netwerk zoekt/],
    ['a local network in another municipality of the same province does not suit', question({ scale: 'local', province: 'utrecht', municipality: 'Zeist' }), seeded('leefwereldteam-utrecht', { municipalities: ['Utrecht'] }), false, /lokaal in Utrecht, niet in Zeist/],
    ['other target groups do not suit', question({ province: 'noord-brabant', targetGroups: ['administrators'] }), seeded('buurt-in-bloei-eindhoven'), false, /is er voor bewoners, niet voor bestuurders/],
    ['mono does not suit an interdisciplinary question', question({ disciplinarity: 'inter' }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { disciplinarity: 'mono' }), false, /monodisciplinair, terwijl jij interdisciplinair zoekt/],
    ['multi suits an interdisciplinary question', question({ disciplinarity: 'inter' }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { disciplinarity: 'multi' }), true, /landelijk/],
    ['other learning levels do not suit', question({ levels: ['vertical'] }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { levels: ['horizontal'] }), false, /leert horizontaal leren, niet verticaal leren/],
  ])('%s', (_case, q, offering, pass, reason) => {
    const result = check(q, offering, 'where-for-whom');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('check 3: fits the learning need and form (menukaart)', () => {
  it.each<[string, MatchRequest, MatchCandidate, boolean, RegExp]>([
    ['a preferred form fits', corporations, seeded('wsd-flevoland-almere-signaleren'), true, /Actieonderzoek|actieonderzoek/i],
    ['a community of practice fits improving a practice', question({ learningGoal: 'improvement' }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter'), true, /past bij je leerdoel ‘de eigen aanpak verbeteren’/],
    ['an inspiration event does not fit system change', question({ learningGoal: 'system-change' }), seeded('wsd-noord-brabant-fontys'), false, /past niet goed bij je leerdoel ‘het systeem veranderen’/],
    ['without a goal or preference nothing speaks against the form', question(), seeded('wsd-noord-brabant-fontys'), true, /je gaf geen leerdoel of voorkeur op/],
  ])('%s', (_case, q, offering, pass, reason) => {
    const result = check(q, offering, 'fits-need-and-form');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('check 4: room to join', () => {
  const open = seeded('wsd-zuid-holland-zuid');
  it.each<[string, MatchCandidate, Partial<MatchRequest>, boolean, RegExp]>([
    ['closed to new participants', seeded('wsd-flevoland-almere-signaleren'), {}, false, /Staat niet open/],
    ['ended before today', { ...open, endDate: '2026-12-02' }, {}, false, /Is afgelopen op 2 december 2026/],
    ['ending today is still open', { ...open, endDate: TODAY }, {}, true, /Staat open/],
    ['full', { ...open, capacity: 20, participants: 20 }, {}, false, /Zit vol: 20 van 20/],
    ['too few places for the group', { ...open, capacity: 20, participants: 17 }, { groupSize: 5 }, false, /nog 3 vrije plekken, te weinig voor jullie groep van 5/],
    ['places left', { ...open, capacity: 20, participants: 12 }, { groupSize: 5 }, true, /nog 8 vrije plekken/],
    ['open, capacity unknown', open, {}, true, /aantal plekken is niet bekend/],
  ])('%s', (_case, offering, overrides, pass, reason) => {
    const result = check(question(overrides), offering, 'room-to-join');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('reasons in English for English-speaking askers', () => {
  const open = seeded('wsd-zuid-holland-zuid');
  it.each<[string, MatchRequest, MatchCandidate, CheckId, RegExp]>([
    ['shared themes', question({ themes: ['integrated-working', 'area-based-liveability-safety'] }), seeded('wsd-zuid-holland-zuid'), 'exists', /^Works on \d of your 2 themes: /],
    ['another province', question({ province: 'groningen', scale: 'regional' }), open, 'where-for-whom', /^Does not suit your place or group: it works \(regional\) in South Holland, not in Groningen where you are\.$/],
    ['a goal the form does not serve', question({ learningGoal: 'system-change' }), seeded('wsd-noord-brabant-fontys'), 'fits-need-and-form', /does not suit your learning goal ‘.+’ well/],
    ['ended', question(), { ...open, endDate: '2026-12-02' }, 'room-to-join', /^Ended on 2 December 2026\.$/],
    ['places left', question({ groupSize: 5 }), { ...open, capacity: 20, participants: 12 }, 'room-to-join', /^Is open to new participants, with 8 places left\.$/],
  ])('%s', (_case, q, offering, id, reason) => {
    const result = evaluateOffering(q, offering, { today: TODAY, words: reasonWords('en') }).match.checks.find((c) => c.id === id)!;
    expect(result.reason).toMatch(reason);
    expect(check(q, offering, id).reason).not.toMatch(reason);
  });
});

describe('verdicts', () => {
  const catalogue = seedOfferings.map((offering) => seeded(offering.slug));

  it.each<[string, MatchRequest, string, string | undefined]>([
    [
      'district nursing, nationally → join the national network',
      question({ question: 'Hoe leren wijkverpleegkundigen van elkaar?', themes: ['district-nursing'], scale: 'national', learningGoal: 'improvement' }),
      'join-existing',
      'leernetwerken-wijkverpleging-zorg-voor-beter',
    ],
    ['the corporations\' early signalling in Zuid-Holland → a parallel network next to Almere\'s', corporations, 'parallel-network', 'wsd-flevoland-almere-signaleren'],
    ['integration of status holders → nothing exists: a new network', statusHolders, 'new-network', undefined],
  ])('%s', (_case, q, verdict, first) => {
    const outcome = matchLearningQuestion(q, catalogue, { today: TODAY });
    expect(outcome.verdict).toBe(verdict);
    expect(outcome.matches[0]?.slug).toBe(first);
    expect(outcome.recommendedForms.length).toBeGreaterThan(0);
  });

  it('recommends the forms of the menukaart that suit the goal, for a new network too', () => {
    const outcome = matchLearningQuestion(question({ themes: ['integration-status-holders'], learningGoal: 'system-change' }), catalogue, { today: TODAY });
    expect(outcome.verdict).toBe('new-network');
    expect(outcome.recommendedForms[0]).toBe('transition-arena');
  });

  it('a network that fits but has ended makes the verdict parallel, not join', () => {
    const ended = seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { endDate: '2025-06-30' });
    const outcome = matchLearningQuestion(question({ themes: ['district-nursing'], scale: 'national' }), [ended], { today: TODAY });
    expect(outcome.verdict).toBe('parallel-network');
  });

  it('a network that exists but suits other target groups gives a new network', () => {
    const outcome = matchLearningQuestion(question({ province: 'noord-brabant', themes: ['social-base'], targetGroups: ['administrators'] }), [seeded('buurt-in-bloei-eindhoven')], { today: TODAY });
    expect(outcome.verdict).toBe('new-network');
    expect(outcome.matches).toHaveLength(1);
  });

  it('returns at most ten matches, best first, and only offerings that exist on the question', () => {
    const many = Array.from({ length: 25 }, (_, index) => seeded('wsd-zuid-holland-zuid', { id: `o${index}`, slug: `o-${String(index).padStart(2, '0')}`, capacity: 30, participants: index }));
    const outcome = matchLearningQuestion(question({ themes: ['integrated-working'], province: 'zuid-holland', groupSize: 10 }), [...many, seeded('wsd-flevoland-almere-signaleren')], { today: TODAY });
    expect(outcome.matches).toHaveLength(MAX_MATCHES);
    expect(outcome.matches.map((match) => match.slug)).not.toContain('wsd-flevoland-almere-signaleren');
    const scores = outcome.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

// ───────────── properties ─────────────

const questionArbitrary = fc.record({
  question: fc.constantFrom('Hoe pakken we eenzaamheid in de wijk aan?', 'Wij zoeken een leernetwerk over schulden en armoede.'),
  themes: fc.uniqueArray(fc.constantFrom(...THEME_IDS), { minLength: 1, maxLength: 5 }),
  targetGroups: fc.uniqueArray(fc.constantFrom(...TARGET_GROUPS), { minLength: 1, maxLength: 3 }),
  scale: fc.constantFrom(...QUESTION_SCALES),
  province: fc.option(fc.constantFrom(...PROVINCES), { nil: undefined }),
  levels: fc.option(fc.uniqueArray(fc.constantFrom(...LEARNING_LEVELS), { minLength: 1 }), { nil: undefined }),
  disciplinarity: fc.option(fc.constantFrom(...DISCIPLINARITIES), { nil: undefined }),
  learningGoal: fc.option(fc.constantFrom(...LEARNING_GOALS), { nil: undefined }),
  preferredForms: fc.option(fc.uniqueArray(fc.constantFrom(...LEARNING_FORM_IDS), { maxLength: 3 }), { nil: undefined }),
  groupSize: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
}) as fc.Arbitrary<MatchRequest>;

const offeringArbitrary: fc.Arbitrary<MatchCandidate> = fc
  .record({
    slug: fc.stringMatching(/^[a-z]{3,12}$/),
    themes: fc.uniqueArray(fc.constantFrom(...THEME_IDS), { minLength: 1, maxLength: 5 }),
    learningFormId: fc.constantFrom(...LEARNING_FORM_IDS),
    scales: fc.uniqueArray(fc.constantFrom(...SCALES), { maxLength: 3 }),
    provinces: fc.uniqueArray(fc.constantFrom(...PROVINCES), { maxLength: 2 }),
    municipalities: fc.uniqueArray(fc.constantFrom('Utrecht', 'Zeist', 'Almere'), { maxLength: 2 }),
    targetGroups: fc.uniqueArray(fc.constantFrom(...TARGET_GROUPS), { maxLength: 3 }),
    levels: fc.uniqueArray(fc.constantFrom(...LEARNING_LEVELS), { maxLength: 2 }),
    disciplinarity: fc.option(fc.constantFrom(...DISCIPLINARITIES), { nil: null }),
    openToJoin: fc.boolean(),
    capacity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    participants: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    endDate: fc.option(fc.constantFrom('2025-01-31', '2026-12-03', '2027-06-30'), { nil: null }),
    textRelevance: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((offering) => ({ ...offering, id: offering.slug, title: `Leernetwerk ${offering.slug}` }));

describe('properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(questionArbitrary, fc.uniqueArray(offeringArbitrary, { selector: (o) => o.slug, maxLength: 15 }), (q, offerings) => {
        const first = matchLearningQuestion(q, offerings, { today: TODAY });
        const second = matchLearningQuestion(q, [...offerings].reverse(), { today: TODAY });
        expect(second).toEqual(first);
      }),
    );
  });

  it('adding to the question a theme the offering has never lowers its score', () => {
    fc.assert(
      fc.property(questionArbitrary, offeringArbitrary, (q, offering) => {
        const extra = offering.themes.find((theme) => !q.themes.includes(theme));
        fc.pre(extra !== undefined);
        const before = evaluateOffering(q, offering, { today: TODAY }).match.score;
        const after = evaluateOffering({ ...q, themes: [...q.themes, extra!] }, offering, { today: TODAY }).match.score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('adding to the offering a theme of the question never lowers its score', () => {
    fc.assert(
      fc.property(questionArbitrary, offeringArbitrary, (q, offering) => {
        const extra = q.themes.find((theme) => !offering.themes.includes(theme));
        fc.pre(extra !== undefined);
        const before = evaluateOffering(q, offering, { today: TODAY }).match.score;
        const after = evaluateOffering(q, { ...offering, themes: [...offering.themes, extra!] }, { today: TODAY }).match.score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('an offering that is closed never passes room-to-join, and never gives join-existing', () => {
    fc.assert(
      fc.property(questionArbitrary, offeringArbitrary, (q, offering) => {
        const closed = { ...offering, openToJoin: false };
        expect(check(q, closed, 'room-to-join').pass).toBe(false);
        expect(matchLearningQuestion(q, [closed], { today: TODAY }).verdict).not.toBe('join-existing');
      }),
    );
  });

  it('every check has a non-empty Dutch reason, scores lie in [0, 1], the four checks in order', () => {
    const dutch = /\b(je|jij|jouw|jullie|het|de|niet|van|voor|met|geen|nog|is|en)\b/i;
    fc.assert(
      fc.property(questionArbitrary, offeringArbitrary, (q, offering) => {
        const { match } = evaluateOffering(q, offering, { today: TODAY });
        expect(match.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
        expect(match.score).toBeGreaterThanOrEqual(0);
        expect(match.score).toBeLessThanOrEqual(1);
        for (const result of match.checks) {
          expect(result.reason.trim().length).toBeGreaterThan(10);
          expect(result.reason).toMatch(dutch);
          expect(result.reason).toMatch(/\.$/);
          expect(result.reason).not.toMatch(/undefined|null|NaN/);
        }
      }),
    );
  });

  it('join-existing exactly when some offering passes all four checks', () => {
    fc.assert(
      fc.property(questionArbitrary, fc.uniqueArray(offeringArbitrary, { selector: (o) => o.slug, maxLength: 8 }), (q, offerings) => {
        const outcome = matchLearningQuestion(q, offerings, { today: TODAY });
        const anyAllPass = offerings.some((offering) => evaluateOffering(q, offering, { today: TODAY }).match.checks.every((c) => c.pass));
        expect(outcome.verdict === 'join-existing').toBe(anyAllPass);
        expect(outcome.matches.length).toBeLessThanOrEqual(MAX_MATCHES);
      }),
    );
  });
});

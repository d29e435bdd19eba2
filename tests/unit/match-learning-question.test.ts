// The matchmaking engine: each check-question and each verdict, table-driven from the domain's
// examples (the seeded catalogue), plus properties that must hold for any question and offering.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedOfferings from '@/prisma/seed/offerings.json' with { type: 'json' };
import { LEARNING_FORM_IDS, THEME_IDS } from '@/lib/reference/ids';
import { INTENSITIES, LEARNING_GOALS, LEARNING_LEVELS, DISCIPLINARITIES, PROVINCES, QUESTION_SCALES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import {
  CHECK_IDS,
  MAX_MATCHES,
  evaluateOffering,
  matchLearningQuestion,
  quickFit,
  type CheckId,
  type MatchCandidate,
} from '@/lib/matchmaking/match-learning-question';
import { matchRequestSchema, QUESTION_SECTORS, type MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { reasonWords } from '@/lib/matchmaking/reason-words';
import { themeVocabulary } from '@/lib/themes/theme-vocabulary';
import seedThemes from '@/prisma/seed/themes.json' with { type: 'json' };

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
    sectors: (record.sectors as string[] | undefined) ?? [],
    levels: (record.levels as string[] | undefined) ?? [],
    disciplinarity: (record.disciplinarity as string | undefined) ?? null,
    openToJoin: Boolean(record.openToJoin),
    capacity: (record.capacity as number | undefined) ?? null,
    participants: (record.participants as number | undefined) ?? null,
    startDate: (record.startDate as string | undefined) ?? null,
    endDate: (record.endDate as string | undefined) ?? null,
    cadence: (record.cadence as string | undefined) ?? null,
    textRelevance: 0,
    matchedWords: [],
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

/** The seeded learning agenda (in the app the themes come from the database for each request). */
const THEMES = themeVocabulary(seedThemes.map((theme, sortOrder) => ({ ...theme, gapReasonNl: null, gapReasonEn: null, retiredAt: null, sortOrder })));

const check = (q: MatchRequest, offering: MatchCandidate, id: CheckId) =>
  evaluateOffering(q, offering, { today: TODAY, words: reasonWords('nl', THEMES) }).match.checks.find((c) => c.id === id)!;

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
    ['shares no theme but its text answers the question', statusHolders, seeded('wsd-zuid-holland-zuid', { textRelevance: 0.6, matchedWords: ['statushouders', 'wijk'] }), true, /gaat wel over je vraagstuk\. Woorden uit je vraag die erin staan: ‘statushouders’ en ‘wijk’\.$/],
    ['shares themes and names the question\'s words it holds', corporations, seeded('wsd-flevoland-almere-signaleren', { matchedWords: ['vroegsignalering'] }), true, /thema's: .*\. Woorden uit je vraag die erin staan: ‘vroegsignalering’\.$/],
    ['shares themes but none of the question\'s words', corporations, seeded('wsd-flevoland-almere-signaleren'), true, /Geen woord uit je vraag staat in de beschrijving\.$/],
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
    ['other learning levels do not suit', question({ levels: ['vertical'] }), seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { levels: ['horizontal'] }), false, /is er voor horizontaal leren, niet voor verticaal leren/],
  ])('%s', (_case, q, offering, pass, reason) => {
    const result = check(q, offering, 'where-for-whom');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('check 2: sectoral or intersectoral (sectors)', () => {
  const national = seeded('leernetwerken-wijkverpleging-zorg-voor-beter');
  it.each<[string, Partial<MatchRequest>, string[], boolean, RegExp]>([
    ['a network of the asker\'s one sector suits', { sectors: ['care'] }, ['care'], true, /is sectoraal: zorg\.$/],
    ['an intersectoral network that includes the asker\'s sector suits', { sectors: ['care'] }, ['care', 'housing', 'welfare'], true, /is intersectoraal: zorg, wonen en welzijn\.$/],
    ['a network of another sector does not suit', { sectors: ['housing'] }, ['care'], false, /is er voor de sector zorg, niet voor wonen\.$/],
    ['one sector does not suit an asker who wants to learn across sectors', { sectors: ['care', 'housing'] }, ['care'], false, /is sectoraal \(zorg\), terwijl jij met meer sectoren wilt leren: zorg en wonen\.$/],
    ['several sectors suit an asker who wants to learn across sectors', { sectors: ['care', 'housing'] }, ['housing', 'safety'], true, /is intersectoraal: wonen en veiligheid\.$/],
    ['an offering without sectors says nothing against it', { sectors: ['care', 'housing'] }, [], true, /werkt landelijk/],
  ])('%s', (_case, overrides, sectors, pass, reason) => {
    const result = check(question(overrides), { ...national, sectors }, 'where-for-whom');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });

  it('the sectors weigh in the score', () => {
    const q = question({ sectors: ['housing'] });
    const same = evaluateOffering(q, { ...national, sectors: ['housing'] }, { today: TODAY }).match.score;
    const other = evaluateOffering(q, { ...national, sectors: ['care'] }, { today: TODAY }).match.score;
    expect(same).toBeGreaterThan(other);
  });
});

describe('check 3: how intensively (the form\'s group in the menukaart)', () => {
  const communityOfPractice = seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { learningFormId: 'community-of-practice' });
  it.each<[string, Partial<MatchRequest>, MatchCandidate, boolean, RegExp]>([
    ['a learning practice suits an asker who wants to learn intensively', { intensity: 'intensive' }, communityOfPractice, true, /hoort bij de lerende praktijken, zo intensief als je zoekt\.$/],
    ['a learning practice does not suit an asker who wants something light', { intensity: 'light' }, communityOfPractice, false, /^Die leervorm hoort bij de lerende praktijken, terwijl je lichtere leervormen zoekt\./],
    ['an inspiration event suits light', { intensity: 'light' }, { ...communityOfPractice, learningFormId: 'single-learning-inspiration-events' }, true, /hoort bij de lichtere leervormen/],
    ['a transition arena is system-breaking, not a learning practice', { intensity: 'intensive' }, { ...communityOfPractice, learningFormId: 'transition-arena' }, false, /hoort bij de systeemdoorbrekende manieren van leren, terwijl je lerende praktijken zoekt/],
    ['a preferred form counts, whatever its group', { intensity: 'light', preferredForms: ['community-of-practice'] }, communityOfPractice, true, /zo intensief als je zoekt/],
  ])('%s', (_case, overrides, offering, pass, reason) => {
    const result = check(question(overrides), offering, 'fits-need-and-form');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });
});

describe('check 3: from when (the asker\'s start against the period and cadence)', () => {
  const base = seeded('leernetwerken-wijkverpleging-zorg-voor-beter', { cadence: 'Eens per zes weken' });
  it.each<[string, Partial<MatchCandidate>, boolean, RegExp]>([
    ['ends before the asker wants to start', { startDate: '2026-01-01', endDate: '2027-02-28' }, false, /^Het loopt tot 28 februari 2027, voordat je wilt beginnen op 1 maart 2027\. Hoe vaak: Eens per zes weken\./],
    ['already running at the asker\'s start', { startDate: '2026-01-01', endDate: '2027-12-31' }, true, /Het loopt al sinds 1 januari 2026, dus je kunt vanaf 1 maart 2027 instappen\. Hoe vaak: Eens per zes weken\.$/],
    ['starts after the asker\'s start', { startDate: '2027-09-01' }, true, /Het begint op 1 september 2027; jij wilt vanaf 1 maart 2027 leren\./],
    ['without a period', { cadence: null }, true, /geen vaste begin- of einddatum, dus vanaf 1 maart 2027 kan\.$/],
  ])('%s', (_case, overrides, pass, reason) => {
    const result = check(question({ startFrom: '2027-03-01' }), { ...base, ...overrides }, 'fits-need-and-form');
    expect(result.pass).toBe(pass);
    expect(result.reason).toMatch(reason);
  });

  it('says nothing about time when the asker gave no start', () => {
    expect(check(question(), { ...base, startDate: '2026-01-01', endDate: '2027-02-28' }, 'fits-need-and-form').reason).not.toMatch(/loopt|begint|Hoe vaak/);
  });

  it('an offering that ends before the start is not one to join', () => {
    const outcome = matchLearningQuestion(question({ themes: ['district-nursing'], scale: 'national', startFrom: '2027-03-01' }), [{ ...base, endDate: '2027-02-28' }], { today: TODAY });
    expect(outcome.verdict).toBe('new-network');
  });
});

describe('ranking: the offering about the question\'s own issue first', () => {
  const open = seeded('leernetwerken-wijkverpleging-zorg-voor-beter');
  it('text on the question\'s own words weighs more than shared theme tags', () => {
    const q = question({ question: 'Hoe pakken we eenzaamheid onder ouderen in de wijk aan?', themes: ['district-nursing', 'social-base', 'poverty'], scale: 'national' });
    const onAllTags = { ...open, id: 'tags', slug: 'a-tags', themes: ['district-nursing', 'social-base', 'poverty'], textRelevance: 0.2, matchedWords: ['wijk'] };
    const onTheIssue = { ...open, id: 'issue', slug: 'b-issue', themes: ['district-nursing'], textRelevance: 0.9, matchedWords: ['eenzaamheid', 'ouderen', 'wijk'] };
    const outcome = matchLearningQuestion(q, [onAllTags, onTheIssue], { today: TODAY });
    expect(outcome.matches.map((match) => match.slug)).toEqual(['b-issue', 'a-tags']);
    expect(outcome.matches[0]!.checks[0]!.reason).toMatch(/‘eenzaamheid’, ‘ouderen’ en ‘wijk’/);
  });

  it('still puts an offering one can join before one that fits better but is closed', () => {
    const q = question({ themes: ['district-nursing'], scale: 'national' });
    const closed = { ...open, id: 'closed', slug: 'a-closed', openToJoin: false, textRelevance: 1, matchedWords: ['leren'] };
    const joinable = { ...open, id: 'open', slug: 'b-open', textRelevance: 0 };
    expect(matchLearningQuestion(q, [closed, joinable], { today: TODAY }).matches[0]!.slug).toBe('b-open');
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
    const result = evaluateOffering(q, offering, { today: TODAY, words: reasonWords('en', THEMES) }).match.checks.find((c) => c.id === id)!;
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
  sectors: fc.option(fc.uniqueArray(fc.constantFrom(...QUESTION_SECTORS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  levels: fc.option(fc.uniqueArray(fc.constantFrom(...LEARNING_LEVELS), { minLength: 1 }), { nil: undefined }),
  disciplinarity: fc.option(fc.constantFrom(...DISCIPLINARITIES), { nil: undefined }),
  intensity: fc.option(fc.constantFrom(...INTENSITIES), { nil: undefined }),
  startFrom: fc.option(fc.constantFrom('2026-12-03', '2027-03-01'), { nil: undefined }),
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
    sectors: fc.uniqueArray(fc.constantFrom(...QUESTION_SECTORS, 'research'), { maxLength: 3 }),
    levels: fc.uniqueArray(fc.constantFrom(...LEARNING_LEVELS), { maxLength: 2 }),
    disciplinarity: fc.option(fc.constantFrom(...DISCIPLINARITIES), { nil: null }),
    openToJoin: fc.boolean(),
    capacity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    participants: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    startDate: fc.option(fc.constantFrom('2024-01-01', '2027-01-15'), { nil: null }),
    endDate: fc.option(fc.constantFrom('2025-01-31', '2026-12-03', '2027-06-30'), { nil: null }),
    cadence: fc.option(fc.constantFrom('Eens per zes weken', 'Vier keer per jaar'), { nil: null }),
    textRelevance: fc.double({ min: 0, max: 1, noNaN: true }),
    matchedWords: fc.uniqueArray(fc.constantFrom('eenzaamheid', 'wijk', 'schulden'), { maxLength: 3 }),
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

  it('quickFit gives the checks and score of evaluateOffering without wording them', () => {
    fc.assert(
      fc.property(questionArbitrary, offeringArbitrary, (q, offering) => {
        const { match, allPass, parallelExample } = evaluateOffering(q, offering, { today: TODAY });
        expect(quickFit(q, offering, { today: TODAY })).toEqual({ exists: match.checks[0]!.pass, allPass, parallelExample, score: match.score });
      }),
      { numRuns: 500 },
    );
  });

  it('ranks many candidates exactly as wording every one of them would (only the shown matches are worded)', () => {
    fc.assert(
      fc.property(questionArbitrary, fc.uniqueArray(offeringArbitrary, { selector: (o) => o.slug, minLength: 20, maxLength: 60 }), fc.constantFrom('nl', 'en'), (q, offerings, locale) => {
        const words = reasonWords(locale as 'nl' | 'en');
        const everyOne = offerings
          .map((offering) => evaluateOffering(q, offering, { today: TODAY, words }))
          .filter((evaluation) => evaluation.match.checks[0]!.pass)
          .sort(
            (a, b) =>
              Number(b.allPass) - Number(a.allPass) ||
              Number(b.parallelExample) - Number(a.parallelExample) ||
              b.match.score - a.match.score ||
              (a.match.slug < b.match.slug ? -1 : 1),
          );
        const outcome = matchLearningQuestion(q, offerings, { today: TODAY, words });
        expect(outcome.matches).toEqual(everyOne.slice(0, MAX_MATCHES).map((evaluation) => evaluation.match));
        const verdict = everyOne.some((e) => e.allPass) ? 'join-existing' : everyOne.some((e) => e.parallelExample) ? 'parallel-network' : 'new-network';
        expect(outcome.verdict).toBe(verdict);
      }),
      { numRuns: 60 },
    );
  });
});

// The matchmaking engine (functie 1, matchmaking): for each candidate offering it answers the four
// check-questions (checkvragen) with a reason in the asker's language, scores it, and gives the verdict of the
// domain rule. Pure: candidates come in as data (see find-match-candidates.ts), today is a parameter.
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { reasonWords, type ReasonWords } from '@/lib/matchmaking/reason-words';
import { MENUKAART } from '@/lib/menukaart/menukaart-profiles';
import { scoreLearningForm, topLearningForms, type LearningFormProfile, type LearningNeed } from '@/lib/menukaart/recommend-learning-forms';
import type { Verdict } from '@/lib/reference/vocabularies';

/** An offering as the engine sees it; the database already chose it as a candidate. */
export interface MatchCandidate {
  id: string;
  slug: string;
  title: string;
  themes: string[];
  learningFormId: string;
  scales: string[];
  provinces: string[];
  municipalities: string[];
  targetGroups: string[];
  /** One sector: sectoral; several: intersectoral (the offering's sector scope). */
  sectors: string[];
  levels: string[];
  disciplinarity: string | null;
  openToJoin: boolean;
  /**
   * A seeded example network whose current state nobody has checked: it is still ranked, but the
   * room-to-join check says to ask first instead of presenting it as open (decision 0121).
   */
  needsVerification?: boolean;
  capacity: number | null;
  participants: number | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  /** YYYY-MM-DD */
  endDate: string | null;
  /** How often it meets, in the organiser's words ("Eens per zes weken"). */
  cadence: string | null;
  /**
   * 0..1: how much of the question's own words (Dutch stems) occur in the offering's title, summary
   * and description; a word in the title or summary counts fully, one only further down for less.
   */
  textRelevance: number;
  /** The question's own words that occur in the offering's text, in the order the asker wrote them. */
  matchedWords: string[];
}

export const CHECK_IDS = ['exists', 'where-for-whom', 'fits-need-and-form', 'room-to-join'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
  id: CheckId;
  pass: boolean;
  /** One sentence in the asker's language that names the facts it used. */
  reason: string;
}

export interface OfferingMatch {
  offeringId: string;
  slug: string;
  title: string;
  /** 0..1: how well the offering fits the question (see SCORE_WEIGHTS). */
  score: number;
  checks: CheckResult[];
}

export interface MatchOutcome {
  verdict: Verdict;
  matches: OfferingMatch[];
  recommendedForms: string[];
}

/** Today (YYYY-MM-DD), the menukaart to score forms with, and the language of the reasons (Dutch by default). */
export interface MatchOptions {
  today: string;
  forms?: readonly LearningFormProfile[];
  words?: ReasonWords;
}

export const MAX_MATCHES = 10;
/**
 * Weights of the score (how well an offering fits the question). The question's own words weigh
 * more than shared theme tags: two networks with the same tags can be about different problems.
 */
export const SCORE_WEIGHTS = { text: 0.3, themes: 0.15, place: 0.1, profile: 0.1, needAndForm: 0.15, room: 0.2 } as const;
/** Text relevance from which an offering counts as existing on the question without a shared theme. */
export const TEXT_RELEVANCE_THRESHOLD = 0.5;
/** Share of the learning need a form must meet to fit (recommend-learning-forms score). */
export const FORM_FIT_THRESHOLD = 0.5;

interface Evaluation {
  match: OfferingMatch;
  allPass: boolean;
  /** Fits on themes, target groups and learning form, but joining is not feasible (place or room). */
  parallelExample: boolean;
}

function learningNeed(question: MatchRequest): LearningNeed {
  return {
    learningGoal: question.learningGoal,
    preferredForms: question.preferredForms,
    intensity: question.intensity,
    levels: question.levels,
    disciplinarity: question.disciplinarity,
    scale: question.scale,
  };
}

/** "‘eenzaamheid’ en ‘wijk’": the asker's own words, quoted. */
function quotedWords(words: readonly string[], l: ReasonWords): string {
  return l.list(words.map((word) => `‘${word}’`));
}

function checkExists(question: MatchRequest, offering: MatchCandidate, l: ReasonWords) {
  const shared = question.themes.filter((theme) => offering.themes.includes(theme));
  const share = question.themes.length === 0 ? 0 : shared.length / question.themes.length;
  const relevant = offering.textRelevance >= TEXT_RELEVANCE_THRESHOLD;
  const words = offering.matchedWords.length > 0 ? l.say('existsWords', { words: quotedWords(offering.matchedWords, l) }) : l.say('existsNoWords');
  let result: CheckResult;
  if (shared.length > 0) {
    result = {
      id: 'exists',
      pass: true,
      reason: l.say('existsShared', { count: shared.length, total: question.themes.length, themes: l.list(shared.map(l.theme)), words }),
    };
  } else if (relevant) {
    result = { id: 'exists', pass: true, reason: l.say('existsText', { words }) };
  } else {
    result = {
      id: 'exists',
      pass: false,
      reason: l.say('existsNone', { themes: l.list(offering.themes.map(l.theme)) || l.say('noThemes'), words }),
    };
  }
  return { result, share };
}

/** Where: a national network suits everyone; a regional or local one only its own area. */
function placeFit(question: MatchRequest, offering: MatchCandidate, l: ReasonWords): { pass: boolean; fact: string } {
  const where = offering.provinces.length > 0 ? l.say('inProvinces', { provinces: l.list(offering.provinces.map(l.province)) }) : '';
  const scales = l.list(offering.scales.filter((scale) => scale !== 'organisation').map((scale) => l.lower(l.scale(scale))));
  if (offering.scales.includes('national')) return { pass: true, fact: l.say('placeNational') };
  if (question.scale === 'national') {
    return { pass: false, fact: l.say('placeWantsNational', { scales: scales || l.say('noScale'), where }) };
  }
  if (offering.provinces.length === 0) return { pass: true, fact: l.say('placeAnyProvince', { scales: scales || l.say('noScale') }) };
  if (!question.province) return { pass: true, fact: l.say('placeNoProvinceGiven', { scales, where }) };
  if (!offering.provinces.includes(question.province)) {
    return { pass: false, fact: l.say('placeOtherProvince', { scales, where, province: l.province(question.province) }) };
  }
  const onlyLocal = offering.scales.length > 0 && offering.scales.every((scale) => scale === 'local');
  const municipality = question.municipality?.toLocaleLowerCase('nl');
  if (onlyLocal && municipality && offering.municipalities.length > 0 && !offering.municipalities.some((name) => name.toLocaleLowerCase('nl') === municipality)) {
    return { pass: false, fact: l.say('placeOtherMunicipality', { municipalities: l.list(offering.municipalities), municipality: question.municipality! }) };
  }
  return { pass: true, fact: l.say('placeSame', { scales, where }) };
}

/** For whom: target groups, levels and disciplinarity, each only when both sides say something. */
function profileFit(question: MatchRequest, offering: MatchCandidate, l: ReasonWords): { share: number; failure?: string; facts: string[] } {
  const failures: string[] = [];
  let applicable = 0;
  const sharedGroups = question.targetGroups.filter((group) => offering.targetGroups.includes(group));
  if (offering.targetGroups.length > 0) {
    applicable += 1;
    if (sharedGroups.length === 0) {
      failures.push(l.say('groupsDiffer', { offered: l.list(offering.targetGroups.map(l.targetGroup).map(l.lower)), wanted: l.list(question.targetGroups.map(l.targetGroup).map(l.lower)) }));
    }
  }
  const sectors = sectorFit(question, offering, l);
  if (sectors) {
    applicable += 1;
    if (sectors.failure) failures.push(sectors.failure);
  }
  if (question.levels?.length && offering.levels.length > 0) {
    applicable += 1;
    if (!question.levels.some((level) => offering.levels.includes(level))) {
      failures.push(l.say('levelsDiffer', { offered: l.list(offering.levels.map(l.level).map(l.lower)), wanted: l.list(question.levels.map(l.level).map(l.lower)) }));
    }
  }
  if (question.disciplinarity && offering.disciplinarity) {
    applicable += 1;
    const mixed = (value: string) => value !== 'mono';
    const fits = question.disciplinarity === offering.disciplinarity || (mixed(question.disciplinarity) && mixed(offering.disciplinarity));
    if (!fits) failures.push(l.say('disciplinarityDiffers', { offered: l.lower(l.disciplinarity(offering.disciplinarity)), wanted: l.lower(l.disciplinarity(question.disciplinarity)) }));
  }
  const share = applicable === 0 ? 1 : (applicable - failures.length) / applicable;
  const groupFact =
    sharedGroups.length > 0
      ? l.say('groupsShared', { groups: l.list(sharedGroups.map(l.targetGroup).map(l.lower)) })
      : offering.targetGroups.length === 0
        ? l.say('noGroups')
        : '';
  return { share, failure: failures[0], facts: [groupFact, sectors?.fact ?? ''].filter(Boolean) };
}

/**
 * Sectoral or intersectoral (check 2), when both sides name sectors: the offering must share a
 * sector with the asker, and an asker who wants to learn with several sectors needs an offering
 * that spans several (intersectoral), not one that stays within one sector.
 */
function sectorFit(question: MatchRequest, offering: MatchCandidate, l: ReasonWords): { failure?: string; fact: string } | undefined {
  if (!question.sectors?.length || offering.sectors.length === 0) return undefined;
  const names = (ids: readonly string[]) => l.list(ids.map(l.sector).map(l.lower));
  const shared = question.sectors.filter((sector) => offering.sectors.includes(sector));
  const intersectoral = offering.sectors.length > 1;
  const fact = intersectoral ? l.say('sectorsIntersectoral', { sectors: names(offering.sectors) }) : l.say('sectorsSectoral', { sectors: names(offering.sectors) });
  if (shared.length === 0) return { failure: l.say('sectorsDiffer', { offered: names(offering.sectors), wanted: names(question.sectors) }), fact };
  if (question.sectors.length > 1 && !intersectoral) {
    return { failure: l.say('sectorsOnlyOne', { offered: names(offering.sectors), wanted: names(question.sectors) }), fact };
  }
  return { fact };
}

function checkWhereForWhom(question: MatchRequest, offering: MatchCandidate, l: ReasonWords) {
  const place = placeFit(question, offering, l);
  const profile = profileFit(question, offering, l);
  const pass = place.pass && !profile.failure;
  const reason = pass ? l.say('whereFits', { place: l.list([place.fact, ...profile.facts]) }) : l.say('whereFails', { fact: !place.pass ? place.fact : profile.failure! });
  return { result: { id: 'where-for-whom', pass, reason } satisfies CheckResult, place, profile };
}

interface NeedPart {
  pass: boolean;
  /** 0..1 */
  score: number;
  sentence: string;
}

/** The learning goal and preferred forms against the menukaart (decision 0009). */
function goalAndFormFit(question: MatchRequest, form: LearningFormProfile | undefined, formName: string, l: ReasonWords): NeedPart {
  const need: LearningNeed = { ...learningNeed(question), intensity: undefined };
  const asked = need.learningGoal || need.preferredForms?.length || need.levels?.length || need.disciplinarity;
  if (!form || !asked) return { pass: true, score: 1, sentence: l.say('formNoNeed', { form: formName }) };
  const { score } = scoreLearningForm(form, need);
  const pass = score >= FORM_FIT_THRESHOLD || Boolean(need.preferredForms?.includes(form.id));
  const goal = need.learningGoal ? l.say('wantedGoal', { goal: l.lower(l.goal(need.learningGoal)) }) : undefined;
  const preferred = need.preferredForms?.length ? l.say('wantedForms') : undefined;
  const wanted = l.list([goal, preferred].filter((part): part is string => Boolean(part))) || l.say('wantedAnything');
  return { pass, score, sentence: pass ? l.say('formFits', { form: formName, wanted }) : l.say('formFitsNot', { form: formName, wanted }) };
}

/** How intensively: the asker's intensity against the group of the offering's form in the menukaart. */
function intensityFit(question: MatchRequest, form: LearningFormProfile | undefined, l: ReasonWords): NeedPart | undefined {
  if (!question.intensity || !form) return undefined;
  const group = l.lower(l.formGroup(form.intensity));
  if (form.intensity === question.intensity || question.preferredForms?.includes(form.id)) {
    return { pass: true, score: 1, sentence: l.say('intensityFits', { group }) };
  }
  return { pass: false, score: 0, sentence: l.say('intensityDiffers', { group, wanted: l.lower(l.formGroup(question.intensity)) }) };
}

/** From when: the asker's start against the offering's period, with its cadence when known. */
function timeFit(question: MatchRequest, offering: MatchCandidate, l: ReasonWords): NeedPart | undefined {
  const start = question.startFrom;
  if (!start) return undefined;
  const cadence = offering.cadence ? ` ${l.say('cadence', { cadence: offering.cadence })}` : '';
  const values = { start: l.date(start), begin: offering.startDate ? l.date(offering.startDate) : '', end: offering.endDate ? l.date(offering.endDate) : '' };
  if (offering.endDate && offering.endDate < start) return { pass: false, score: 0, sentence: l.say('timeEndsBefore', values) + cadence };
  if (offering.startDate && offering.startDate > start) return { pass: true, score: 1, sentence: l.say('timeStartsLater', values) + cadence };
  if (offering.startDate) return { pass: true, score: 1, sentence: l.say('timeRunning', values) + cadence };
  return { pass: true, score: 1, sentence: l.say(offering.endDate ? 'timeUntil' : 'timeNoPeriod', values) + cadence };
}

/**
 * Check 3: the learning need, the form and from when. Each part the asker told is compared;
 * the check passes when every part does, and names the failing part first.
 */
function checkNeedAndForm(question: MatchRequest, offering: MatchCandidate, forms: readonly LearningFormProfile[], l: ReasonWords) {
  const form = forms.find((candidate) => candidate.id === offering.learningFormId);
  const parts = [goalAndFormFit(question, form, l.form(offering.learningFormId), l), intensityFit(question, form, l), timeFit(question, offering, l)].filter(
    (part): part is NeedPart => part !== undefined,
  );
  const pass = parts.every((part) => part.pass);
  const ordered = [...parts.filter((part) => !part.pass), ...parts.filter((part) => part.pass)];
  const score = parts.reduce((sum, part) => sum + part.score, 0) / parts.length;
  const reason = ordered.map((part) => part.sentence).join(' ');
  return { result: { id: 'fits-need-and-form', pass, reason } satisfies CheckResult, score };
}

function checkRoomToJoin(question: MatchRequest, offering: MatchCandidate, today: string, l: ReasonWords): CheckResult {
  const result = roomToJoin(question, offering, today, l);
  return result.pass && offering.needsVerification ? { ...result, reason: l.unverified() } : result;
}

function roomToJoin(question: MatchRequest, offering: MatchCandidate, today: string, l: ReasonWords): CheckResult {
  if (!offering.openToJoin) return { id: 'room-to-join', pass: false, reason: l.say('roomClosed') };
  if (offering.endDate && offering.endDate < today) {
    return { id: 'room-to-join', pass: false, reason: l.say('roomEnded', { date: l.date(offering.endDate) }) };
  }
  if (offering.capacity !== null) {
    const free = Math.max(0, offering.capacity - (offering.participants ?? 0));
    if (free === 0) return { id: 'room-to-join', pass: false, reason: l.say('roomFull', { participants: offering.participants ?? 0, capacity: offering.capacity }) };
    if (question.groupSize && free < question.groupSize) {
      return { id: 'room-to-join', pass: false, reason: l.say('roomTooFew', { free, groupSize: question.groupSize }) };
    }
    return { id: 'room-to-join', pass: true, reason: l.say('roomOpen', { free }) };
  }
  return { id: 'room-to-join', pass: true, reason: l.say('roomOpenUnknown') };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function evaluateOffering(
  question: MatchRequest,
  offering: MatchCandidate,
  options: MatchOptions,
): Evaluation {
  const l = options.words ?? reasonWords('nl');
  const exists = checkExists(question, offering, l);
  const where = checkWhereForWhom(question, offering, l);
  const form = checkNeedAndForm(question, offering, options.forms ?? MENUKAART, l);
  const room = checkRoomToJoin(question, offering, options.today, l);
  const checks = [exists.result, where.result, form.result, room];
  const score =
    SCORE_WEIGHTS.text * Math.min(1, Math.max(0, offering.textRelevance)) +
    SCORE_WEIGHTS.themes * exists.share +
    SCORE_WEIGHTS.place * (where.place.pass ? 1 : 0) +
    SCORE_WEIGHTS.profile * where.profile.share +
    SCORE_WEIGHTS.needAndForm * form.score +
    SCORE_WEIGHTS.room * (room.pass ? 1 : 0);
  const allPass = checks.every((check) => check.pass);
  const parallelExample = !allPass && exists.result.pass && !where.profile.failure && form.result.pass && (!where.place.pass || !room.pass);
  return { match: { offeringId: offering.id, slug: offering.slug, title: offering.title, score: round(score), checks }, allPass, parallelExample };
}

/** What ranking needs of an evaluation: the same facts as evaluateOffering, without any words. */
export interface Fit {
  exists: boolean;
  allPass: boolean;
  parallelExample: boolean;
  /** Rounded as the match's score. */
  score: number;
}

/**
 * Words that cost nothing: every pass and score depends only on the facts, never on the wording (a
 * failure is any non-empty sentence), so the form parts of check 3 can be computed with these.
 */
const PLAIN_WORDS: ReasonWords = {
  locale: 'nl',
  say: (key) => key,
  list: (parts) => parts.join(),
  date: (isoDate) => isoDate,
  lower: (text) => text,
  theme: (id) => id,
  form: (id) => id,
  scale: (id) => id,
  province: (id) => id,
  targetGroup: (id) => id,
  level: (id) => id,
  disciplinarity: (id) => id,
  goal: (id) => id,
  sector: (id) => id,
  formGroup: (intensity) => intensity,
  unverified: () => 'unverified',
};

/**
 * The checks' outcomes and the score of an offering, computed as evaluateOffering does but without
 * wording a reason, so that thousands of candidates can be ranked (decision 0131). The goal, form
 * and intensity parts depend only on the learning form: `formParts` keeps them per form for one
 * question. A property test holds this to evaluateOffering.
 */
export function quickFit(
  question: MatchRequest,
  offering: Omit<MatchCandidate, 'textRelevance' | 'matchedWords'>,
  options: MatchOptions,
  formParts = new Map<string, NeedPart[]>(),
  textRelevance = (offering as MatchCandidate).textRelevance,
): Fit {
  // Check 1.
  let shared = 0;
  for (const theme of question.themes) if (offering.themes.includes(theme)) shared++;
  const themeShare = question.themes.length === 0 ? 0 : shared / question.themes.length;
  const exists = shared > 0 || textRelevance >= TEXT_RELEVANCE_THRESHOLD;
  // Check 2: place, then target groups, sectors, levels and disciplinarity.
  let placePass = true;
  if (!offering.scales.includes('national')) {
    if (question.scale === 'national') placePass = false;
    else if (offering.provinces.length > 0 && question.province) {
      if (!offering.provinces.includes(question.province)) placePass = false;
      else {
        const onlyLocal = offering.scales.length > 0 && offering.scales.every((scale) => scale === 'local');
        const municipality = question.municipality?.toLocaleLowerCase('nl');
        if (onlyLocal && municipality && offering.municipalities.length > 0 && !offering.municipalities.some((name) => name.toLocaleLowerCase('nl') === municipality)) placePass = false;
      }
    }
  }
  let applicable = 0;
  let failures = 0;
  if (offering.targetGroups.length > 0) {
    applicable += 1;
    if (!question.targetGroups.some((group) => offering.targetGroups.includes(group))) failures += 1;
  }
  if (question.sectors?.length && offering.sectors.length > 0) {
    applicable += 1;
    const sharesSector = question.sectors.some((sector) => offering.sectors.includes(sector));
    if (!sharesSector || (question.sectors.length > 1 && offering.sectors.length <= 1)) failures += 1;
  }
  if (question.levels?.length && offering.levels.length > 0) {
    applicable += 1;
    if (!question.levels.some((level) => offering.levels.includes(level))) failures += 1;
  }
  if (question.disciplinarity && offering.disciplinarity) {
    applicable += 1;
    const mixed = (value: string) => value !== 'mono';
    if (!(question.disciplinarity === offering.disciplinarity || (mixed(question.disciplinarity) && mixed(offering.disciplinarity)))) failures += 1;
  }
  const profileShare = applicable === 0 ? 1 : (applicable - failures) / applicable;
  const wherePass = placePass && failures === 0;
  // Check 3: the parts of the learning form (once per form), then from when.
  let parts = formParts.get(offering.learningFormId);
  if (!parts) {
    const form = (options.forms ?? MENUKAART).find((candidate) => candidate.id === offering.learningFormId);
    parts = [goalAndFormFit(question, form, offering.learningFormId, PLAIN_WORDS), intensityFit(question, form, PLAIN_WORDS)].filter((part): part is NeedPart => part !== undefined);
    formParts.set(offering.learningFormId, parts);
  }
  const time = question.startFrom ? { pass: !(offering.endDate && offering.endDate < question.startFrom), score: offering.endDate && offering.endDate < question.startFrom ? 0 : 1 } : undefined;
  const allParts = time ? [...parts, time] : parts;
  const formPass = allParts.every((part) => part.pass);
  const formScore = allParts.reduce((sum, part) => sum + part.score, 0) / allParts.length;
  // Check 4.
  let roomPass = offering.openToJoin && !(offering.endDate && offering.endDate < options.today);
  if (roomPass && offering.capacity !== null) {
    const free = Math.max(0, offering.capacity - (offering.participants ?? 0));
    roomPass = free > 0 && !(question.groupSize && free < question.groupSize);
  }
  const score =
    SCORE_WEIGHTS.text * Math.min(1, Math.max(0, textRelevance)) +
    SCORE_WEIGHTS.themes * themeShare +
    SCORE_WEIGHTS.place * (placePass ? 1 : 0) +
    SCORE_WEIGHTS.profile * profileShare +
    SCORE_WEIGHTS.needAndForm * formScore +
    SCORE_WEIGHTS.room * (roomPass ? 1 : 0);
  const allPass = exists && wherePass && formPass && roomPass;
  const parallelExample = !allPass && exists && failures === 0 && formPass && (!placePass || !roomPass);
  return { exists, allPass, parallelExample, score: round(score) };
}

function byFit(a: { fit: Fit; slug: string }, b: { fit: Fit; slug: string }): number {
  return (
    Number(b.fit.allPass) - Number(a.fit.allPass) ||
    Number(b.fit.parallelExample) - Number(a.fit.parallelExample) ||
    b.fit.score - a.fit.score ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/**
 * The four checks for every candidate, the verdict of the domain rule, and the menukaart's advice.
 * Every candidate is ranked on its checks and score; only the matches shown are worded.
 */
export function matchLearningQuestion(
  question: MatchRequest,
  candidates: readonly MatchCandidate[],
  options: MatchOptions,
): MatchOutcome {
  return matchRanked(question, candidates.length, (i) => ({ offering: candidates[i]!, textRelevance: candidates[i]!.textRelevance, candidate: () => candidates[i]! }), options);
}

/**
 * The engine over candidates given one by one, for many of them: each is ranked on its facts
 * (`offering` and `textRelevance`), and only the best ten are made whole (`candidate()`) and worded.
 */
export function matchRanked(
  question: MatchRequest,
  count: number,
  at: (i: number) => { offering: Omit<MatchCandidate, 'textRelevance' | 'matchedWords'>; textRelevance: number; candidate: () => MatchCandidate },
  options: MatchOptions,
): MatchOutcome {
  const formParts = new Map<string, NeedPart[]>();
  // One pass: the best MAX_MATCHES in order (insertion into a short list), and whether any passes all.
  const best: { index: number; slug: string; fit: Fit; candidate: () => MatchCandidate }[] = [];
  let anyAllPass = false;
  let anyParallel = false;
  for (let i = 0; i < count; i++) {
    const { offering, textRelevance, candidate } = at(i);
    const fit = quickFit(question, offering, options, formParts, textRelevance);
    if (!fit.exists) continue;
    anyAllPass ||= fit.allPass;
    anyParallel ||= fit.parallelExample;
    const entry = { index: i, slug: offering.slug, fit, candidate };
    if (best.length === MAX_MATCHES && byFit(entry, best[MAX_MATCHES - 1]!) >= 0) continue;
    let place = best.length;
    while (place > 0 && byFit(entry, best[place - 1]!) < 0) place--;
    best.splice(place, 0, entry);
    if (best.length > MAX_MATCHES) best.pop();
  }
  const verdict: Verdict = anyAllPass ? 'join-existing' : anyParallel ? 'parallel-network' : 'new-network';
  return {
    verdict,
    matches: best.map(({ candidate }) => evaluateOffering(question, candidate(), options).match),
    recommendedForms: topLearningForms(learningNeed(question), options.forms ?? MENUKAART, 3),
  };
}

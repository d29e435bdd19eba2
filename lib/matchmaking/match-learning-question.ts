// The matchmaking engine (functie 1, matchmaking): for each candidate offering it answers the four
// check-questions (checkvragen) with a reason in Dutch, scores it, and gives the verdict of the
// domain rule. Pure: candidates come in as data (see find-match-candidates.ts), today is a parameter.
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { dutchLabels, joinDutch, type DutchLabels } from '@/lib/matchmaking/dutch-labels';
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
  levels: string[];
  disciplinarity: string | null;
  openToJoin: boolean;
  capacity: number | null;
  participants: number | null;
  /** YYYY-MM-DD */
  endDate: string | null;
  /** 0..1: the share of the question's words (Dutch stems) that occur in the offering's text. */
  textRelevance: number;
}

export const CHECK_IDS = ['exists', 'where-for-whom', 'fits-need-and-form', 'room-to-join'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
  id: CheckId;
  pass: boolean;
  /** One sentence in Dutch that names the facts it used. */
  reason: string;
}

export interface OfferingMatch {
  offeringId: string;
  slug: string;
  title: string;
  /** 0..1 */
  score: number;
  checks: CheckResult[];
}

export interface MatchOutcome {
  verdict: Verdict;
  matches: OfferingMatch[];
  recommendedForms: string[];
}

export const MAX_MATCHES = 10;
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
    levels: question.levels,
    disciplinarity: question.disciplinarity,
    scale: question.scale,
  };
}

function checkExists(question: MatchRequest, offering: MatchCandidate, l: DutchLabels) {
  const shared = question.themes.filter((theme) => offering.themes.includes(theme));
  const share = shared.length / question.themes.length;
  const relevant = offering.textRelevance >= TEXT_RELEVANCE_THRESHOLD;
  const percent = Math.round(offering.textRelevance * 100);
  let result: CheckResult;
  if (shared.length > 0) {
    result = {
      id: 'exists',
      pass: true,
      reason: `Werkt aan ${shared.length} van je ${question.themes.length} thema's: ${joinDutch(shared.map(l.theme))}.`,
    };
  } else if (relevant) {
    result = { id: 'exists', pass: true, reason: `Deelt geen thema met je vraag, maar de beschrijving bevat ${percent}% van de kernwoorden van je vraag.` };
  } else {
    result = {
      id: 'exists',
      pass: false,
      reason: `Werkt aan ${joinDutch(offering.themes.map(l.theme)) || 'geen bekende thema’s'}, niet aan jouw thema's, en de beschrijving bevat maar ${percent}% van de kernwoorden van je vraag.`,
    };
  }
  return { result, share };
}

/** Where: a national network suits everyone; a regional or local one only its own area. */
function placeFit(question: MatchRequest, offering: MatchCandidate, l: DutchLabels): { pass: boolean; fact: string } {
  const where = offering.provinces.length > 0 ? ` in ${joinDutch(offering.provinces.map(l.province))}` : '';
  const scaleText = joinDutch(offering.scales.filter((scale) => scale !== 'organisation').map((scale) => l.scale(scale).toLowerCase()));
  if (offering.scales.includes('national')) return { pass: true, fact: 'werkt landelijk' };
  if (question.scale === 'national') {
    return { pass: false, fact: `werkt ${scaleText || 'zonder bekende schaal'}${where}, terwijl jij een landelijk netwerk zoekt` };
  }
  if (offering.provinces.length === 0) return { pass: true, fact: `werkt ${scaleText || 'zonder bekende schaal'} zonder vaste provincie` };
  if (!question.province) return { pass: true, fact: `werkt ${scaleText}${where} (je gaf geen provincie op)` };
  if (!offering.provinces.includes(question.province)) {
    return { pass: false, fact: `werkt ${scaleText}${where}, niet in ${l.province(question.province)} waar jij zit` };
  }
  const onlyLocal = offering.scales.length > 0 && offering.scales.every((scale) => scale === 'local');
  const municipality = question.municipality?.toLocaleLowerCase('nl');
  if (onlyLocal && municipality && offering.municipalities.length > 0 && !offering.municipalities.some((name) => name.toLocaleLowerCase('nl') === municipality)) {
    return { pass: false, fact: `werkt lokaal in ${joinDutch(offering.municipalities)}, niet in ${question.municipality}` };
  }
  return { pass: true, fact: `werkt ${scaleText}${where}, waar jij ook zit` };
}

/** For whom: target groups, levels and disciplinarity, each only when both sides say something. */
function profileFit(question: MatchRequest, offering: MatchCandidate, l: DutchLabels): { share: number; failure?: string; fact: string } {
  const failures: string[] = [];
  let applicable = 0;
  const sharedGroups = question.targetGroups.filter((group) => offering.targetGroups.includes(group));
  if (offering.targetGroups.length > 0) {
    applicable += 1;
    if (sharedGroups.length === 0) {
      failures.push(`is er voor ${joinDutch(offering.targetGroups.map(l.targetGroup).map(lower))}, niet voor ${joinDutch(question.targetGroups.map(l.targetGroup).map(lower))}`);
    }
  }
  if (question.levels?.length && offering.levels.length > 0) {
    applicable += 1;
    if (!question.levels.some((level) => offering.levels.includes(level))) {
      failures.push(`leert ${joinDutch(offering.levels.map(l.level).map(lower))}, niet ${joinDutch(question.levels.map(l.level).map(lower))}`);
    }
  }
  if (question.disciplinarity && offering.disciplinarity) {
    applicable += 1;
    const mixed = (value: string) => value !== 'mono';
    const fits = question.disciplinarity === offering.disciplinarity || (mixed(question.disciplinarity) && mixed(offering.disciplinarity));
    if (!fits) failures.push(`werkt ${lower(l.disciplinarity(offering.disciplinarity))}, terwijl jij ${lower(l.disciplinarity(question.disciplinarity))} zoekt`);
  }
  const share = applicable === 0 ? 1 : (applicable - failures.length) / applicable;
  const fact =
    sharedGroups.length > 0
      ? `is er voor ${joinDutch(sharedGroups.map(l.targetGroup).map(lower))}`
      : offering.targetGroups.length === 0
        ? 'noemt geen vaste doelgroep'
        : '';
  return { share, failure: failures[0], fact };
}

function lower(text: string): string {
  return text.toLocaleLowerCase('nl');
}

function checkWhereForWhom(question: MatchRequest, offering: MatchCandidate, l: DutchLabels) {
  const place = placeFit(question, offering, l);
  const profile = profileFit(question, offering, l);
  const pass = place.pass && !profile.failure;
  const reason = pass
    ? `Past bij jouw plek en groep: het ${place.fact}${profile.fact ? ` en ${profile.fact}` : ''}.`
    : `Past niet bij jouw plek of groep: het ${!place.pass ? place.fact : profile.failure}.`;
  return { result: { id: 'where-for-whom', pass, reason } satisfies CheckResult, place, profile };
}

function checkNeedAndForm(question: MatchRequest, offering: MatchCandidate, forms: readonly LearningFormProfile[], l: DutchLabels) {
  const need = learningNeed(question);
  const form = forms.find((candidate) => candidate.id === offering.learningFormId);
  const formName = `‘${l.form(offering.learningFormId)}’`;
  const asked = need.learningGoal || need.preferredForms?.length || need.levels?.length || need.disciplinarity;
  if (!form || !asked) {
    return { result: { id: 'fits-need-and-form', pass: true, reason: `Werkt met de leervorm ${formName}; je gaf geen leerdoel of voorkeur op die daar tegenin gaat.` } satisfies CheckResult, score: 1 };
  }
  const { score } = scoreLearningForm(form, need);
  const pass = score >= FORM_FIT_THRESHOLD || Boolean(need.preferredForms?.includes(form.id));
  const goal = need.learningGoal ? `je leerdoel ‘${lower(l.goal(need.learningGoal))}’` : undefined;
  const preferred = need.preferredForms?.length ? 'je gewenste leervormen' : undefined;
  const wanted = joinDutch([goal, preferred].filter((part): part is string => Boolean(part))) || 'de manier van leren die je zoekt';
  const reason = pass
    ? `De leervorm ${formName} past bij ${wanted} (${Math.round(score * 100)}% volgens de menukaart).`
    : `De leervorm ${formName} past niet goed bij ${wanted} (${Math.round(score * 100)}% volgens de menukaart).`;
  return { result: { id: 'fits-need-and-form', pass, reason } satisfies CheckResult, score };
}

function checkRoomToJoin(question: MatchRequest, offering: MatchCandidate, today: string): CheckResult {
  if (!offering.openToJoin) return { id: 'room-to-join', pass: false, reason: 'Staat niet open voor nieuwe deelnemers.' };
  if (offering.endDate && offering.endDate < today) {
    return { id: 'room-to-join', pass: false, reason: `Is afgelopen op ${dutchDate(offering.endDate)}.` };
  }
  if (offering.capacity !== null) {
    const free = Math.max(0, offering.capacity - (offering.participants ?? 0));
    if (free === 0) return { id: 'room-to-join', pass: false, reason: `Zit vol: ${offering.participants} van ${offering.capacity} plekken zijn bezet.` };
    if (question.groupSize && free < question.groupSize) {
      return { id: 'room-to-join', pass: false, reason: `Heeft nog ${free} vrije plekken, te weinig voor jullie groep van ${question.groupSize}.` };
    }
    return { id: 'room-to-join', pass: true, reason: `Staat open voor nieuwe deelnemers, met nog ${free} vrije plekken.` };
  }
  return { id: 'room-to-join', pass: true, reason: 'Staat open voor nieuwe deelnemers; het aantal plekken is niet bekend.' };
}

/** 2025-06-30 → "30 juni 2025". */
function dutchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function evaluateOffering(
  question: MatchRequest,
  offering: MatchCandidate,
  options: { today: string; forms?: readonly LearningFormProfile[] },
): Evaluation {
  const l = dutchLabels;
  const exists = checkExists(question, offering, l);
  const where = checkWhereForWhom(question, offering, l);
  const form = checkNeedAndForm(question, offering, options.forms ?? MENUKAART, l);
  const room = checkRoomToJoin(question, offering, options.today);
  const checks = [exists.result, where.result, form.result, room];
  const score =
    0.3 * exists.share +
    0.1 * Math.min(1, Math.max(0, offering.textRelevance)) +
    0.1 * (where.place.pass ? 1 : 0) +
    0.1 * where.profile.share +
    0.2 * form.score +
    0.2 * (room.pass ? 1 : 0);
  const allPass = checks.every((check) => check.pass);
  const parallelExample = !allPass && exists.result.pass && !where.profile.failure && form.result.pass && (!where.place.pass || !room.pass);
  return { match: { offeringId: offering.id, slug: offering.slug, title: offering.title, score: round(score), checks }, allPass, parallelExample };
}

/** The four checks for every candidate, the verdict of the domain rule, and the menukaart's advice. */
export function matchLearningQuestion(
  question: MatchRequest,
  candidates: readonly MatchCandidate[],
  options: { today: string; forms?: readonly LearningFormProfile[] },
): MatchOutcome {
  const evaluations = candidates
    .map((candidate) => evaluateOffering(question, candidate, options))
    .filter((evaluation) => evaluation.match.checks[0]!.pass)
    .sort(
      (a, b) =>
        Number(b.allPass) - Number(a.allPass) ||
        Number(b.parallelExample) - Number(a.parallelExample) ||
        b.match.score - a.match.score ||
        (a.match.slug < b.match.slug ? -1 : a.match.slug > b.match.slug ? 1 : 0),
    );
  const verdict: Verdict = evaluations.some((evaluation) => evaluation.allPass)
    ? 'join-existing'
    : evaluations.some((evaluation) => evaluation.parallelExample)
      ? 'parallel-network'
      : 'new-network';
  return {
    verdict,
    matches: evaluations.slice(0, MAX_MATCHES).map((evaluation) => evaluation.match),
    recommendedForms: topLearningForms(learningNeed(question), options.forms ?? MENUKAART, 3),
  };
}

// Candidate retrieval for the matchmaking engine: every published offering that can pass check 1
// (it shares a theme with the question, or its text holds enough of the question's own words), with
// nothing left out by a cap (decision 0131). They come from the catalogue's search index in memory
// (decision 0130), which is brought up to the catalogue's version first; the engine
// (match-learning-question.ts) decides and ranks.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { matchRanked, TEXT_RELEVANCE_THRESHOLD, type MatchCandidate, type MatchOptions, type MatchOutcome } from '@/lib/matchmaking/match-learning-question';
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';
import { filterValues, freshCatalogueIndex, type CatalogueIndex, type Posting } from '@/lib/catalogue/catalogue-index.server';

/** A word of the question and its Dutch stem (each stem once, at its first place in the question). */
export interface QuestionWord {
  word: string;
  lexeme: string;
}

/** The question's own words, stemmed by PostgreSQL's Dutch configuration, stop words left out. */
export async function questionWords(prisma: Db, question: string): Promise<QuestionWord[]> {
  return prisma.$queryRaw<QuestionWord[]>`
    SELECT word, lexeme FROM (
      SELECT DISTINCT ON (lexeme) word, lexeme, position
      FROM (
        SELECT word, position, (tsvector_to_array(to_tsvector('dutch', word)))[1] AS lexeme
        FROM regexp_split_to_table(lower(${question}), '[^[:alnum:]]+') WITH ORDINALITY AS split(word, position)
      ) AS stemmed
      WHERE lexeme IS NOT NULL
      ORDER BY lexeme, position
    ) AS words
    ORDER BY position`;
}

/** Whether the sorted list holds the value. */
function holds(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else if (sorted[mid]! > value) high = mid - 1;
    else return mid;
  }
  return -1;
}

type Base = Omit<MatchCandidate, 'textRelevance' | 'matchedWords'>;
/** Each offering as the engine sees it, made once per index (the index is replaced, never changed). */
const bases = new WeakMap<CatalogueIndex, Base[]>();

function basesOf(index: CatalogueIndex): Base[] {
  let list = bases.get(index);
  if (!list) bases.set(index, (list = Array.from<Base>({ length: index.ids.length })));
  return list;
}

function baseOf(index: CatalogueIndex, list: Base[], doc: number): Base {
  let base = list[doc];
  if (!base) {
    const details = index.details[doc]!;
    base = list[doc] = {
      id: index.ids[doc]!,
      slug: details.slug,
      title: details.title,
      themes: filterValues(index, 'theme', doc),
      learningFormId: filterValues(index, 'form', doc)[0]!,
      scales: filterValues(index, 'scale', doc),
      provinces: filterValues(index, 'province', doc),
      municipalities: details.municipalities,
      targetGroups: filterValues(index, 'targetGroup', doc),
      sectors: filterValues(index, 'sector', doc),
      levels: filterValues(index, 'level', doc),
      disciplinarity: filterValues(index, 'disciplinarity', doc)[0] ?? null,
      openToJoin: details.openToJoin,
      needsVerification: details.needsVerification,
      capacity: details.capacity,
      participants: details.participants,
      startDate: details.startDate,
      endDate: details.endDate,
      cadence: details.cadence,
    };
  }
  return base;
}

/** The documents that can pass check 1, ascending, with their text relevance; no objects made. */
function candidateDocs(index: CatalogueIndex, question: MatchRequest, words: readonly QuestionWord[]) {
  const count = index.ids.length;
  const strong = new Int32Array(count);
  const weak = new Int32Array(count);
  const postings = words.map((word) => index.postings.get(word.lexeme));
  for (const posting of postings) {
    if (!posting) continue;
    for (let k = 0; k < posting.docs.length; k++) {
      let topWeight = false;
      for (let p = posting.offsets[k]!; p < posting.offsets[k + 1]!; p++) if (posting.positions[p]! >> 14 >= 2) topWeight = true;
      if (topWeight) strong[posting.docs[k]!]!++;
      else weak[posting.docs[k]!]!++;
    }
  }
  const divisor = Math.max(words.length, 1);
  const themes = index.facets.theme;
  const wanted = Uint8Array.from(themes.values, (theme) => (question.themes.includes(theme) ? 1 : 0));
  const docs = new Int32Array(count);
  const relevances = new Float64Array(count);
  let found = 0;
  for (let doc = 0; doc < count; doc++) {
    let shares = false;
    for (let k = themes.offsets[doc]!; k < themes.offsets[doc + 1]! && !shares; k++) shares = wanted[themes.codes[k]!] === 1;
    const textRelevance = (strong[doc]! * 10 + weak[doc]! * 6) / 10 / divisor;
    if (!shares && !(textRelevance >= TEXT_RELEVANCE_THRESHOLD)) continue;
    docs[found] = doc;
    relevances[found++] = textRelevance;
  }
  return { docs: docs.subarray(0, found), relevances: relevances.subarray(0, found), postings };
}

/**
 * A candidate as the engine sees it. Text relevance as before: the share of the question's words
 * that occur in the offering, a word only in the description or provider (weights C, D) counting
 * for 0.6 (summed in tenths, as the decimal sum it was in SQL).
 */
function candidateOf(index: CatalogueIndex, list: Base[], doc: number, textRelevance: number, words: readonly QuestionWord[], postings: readonly (Posting | undefined)[]): MatchCandidate {
  const matchedWords: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const posting = postings[i];
    if (posting && holds(posting.docs, doc) >= 0) matchedWords.push(words[i]!.word);
  }
  return { ...baseOf(index, list, doc), textRelevance, matchedWords };
}

/** Every candidate from the index (for tests and for comparing with SQL). */
export function candidatesFromIndex(index: CatalogueIndex, question: MatchRequest, words: readonly QuestionWord[]): MatchCandidate[] {
  const { docs, relevances, postings } = candidateDocs(index, question, words);
  const list = basesOf(index);
  return Array.from(docs, (doc, i) => candidateOf(index, list, doc, relevances[i]!, words, postings));
}

export async function findMatchCandidates(prisma: Db, question: MatchRequest): Promise<MatchCandidate[]> {
  const [index, words] = await Promise.all([freshCatalogueIndex(prisma), questionWords(prisma, question.question)]);
  return candidatesFromIndex(index, question, words);
}

/** Matches the question against every candidate in the index, making whole only the ten shown. */
export async function matchInCatalogue(prisma: Db, question: MatchRequest, options: MatchOptions): Promise<MatchOutcome> {
  const [index, words] = await Promise.all([freshCatalogueIndex(prisma), questionWords(prisma, question.question)]);
  const { docs, relevances, postings } = candidateDocs(index, question, words);
  const list = basesOf(index);
  return matchRanked(
    question,
    docs.length,
    (i) => ({
      offering: baseOf(index, list, docs[i]!),
      textRelevance: relevances[i]!,
      candidate: () => candidateOf(index, list, docs[i]!, relevances[i]!, words, postings),
    }),
    options,
  );
}

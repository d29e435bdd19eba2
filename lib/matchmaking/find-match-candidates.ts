// Candidate retrieval for the matchmaking engine: the database pre-filters (published offerings that
// share a theme, or whose Dutch full text answers the question) and hands over a bounded set; the
// engine (match-learning-question.ts) decides.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { MatchCandidate } from '@/lib/matchmaking/match-learning-question';
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';

/**
 * How many offerings sharing a theme (best on overlap), how many sharing a theme whose text holds
 * any of the question's words (best on Dutch text rank), and how many found on text alone the
 * engine gets to rank.
 */
export const THEME_CANDIDATES = 150;
export const THEME_TEXT_CANDIDATES = 60;
export const TEXT_CANDIDATES = 30;

interface CandidateRow {
  id: string;
  slug: string;
  title: string;
  themes: string[];
  learning_form_id: string;
  scales: string[];
  provinces: string[];
  municipalities: string[];
  target_groups: string[];
  sectors: string[];
  levels: string[];
  disciplinarity: string | null;
  open_to_join: boolean;
  needs_verification: boolean;
  capacity: number | null;
  participants: number | null;
  start_date: string | null;
  end_date: string | null;
  cadence: string | null;
  text_relevance: number;
  matched_words: string[];
}

/**
 * Offerings on the question's themes, best first by theme overlap, place and openness; the
 * offerings on those themes whose text best answers the question's words (so the one about the
 * question's own issue is among them however many share its tags); plus the offerings without a
 * shared theme whose text holds every word of the question (Dutch stemming; an any-word query over
 * the whole catalogue matched most of it and cost a second per question).
 * Per offering: which of the question's own words (each word's Dutch stem) occur in its text, and
 * the text relevance: the share of those words, a word only in the description or provider (weights
 * C, D) counting for 0.6.
 */
export async function findMatchCandidates(prisma: Db, question: MatchRequest): Promise<MatchCandidate[]> {
  const province = question.province ?? null;
  const rows = await prisma.$queryRaw<CandidateRow[]>`
    WITH question_words AS (
      SELECT DISTINCT ON (lexeme) word, lexeme, position
      FROM (
        SELECT word, position, (tsvector_to_array(to_tsvector('dutch', word)))[1] AS lexeme
        FROM regexp_split_to_table(lower(${question.question}), '[^[:alnum:]]+') WITH ORDINALITY AS split(word, position)
      ) AS stemmed
      WHERE lexeme IS NOT NULL
      ORDER BY lexeme, position
    ),
    words AS (
      SELECT plainto_tsquery('dutch', ${question.question}) AS every_word,
             replace(plainto_tsquery('dutch', ${question.question})::text, '&', '|')::tsquery AS any_word,
             (SELECT count(*) FROM question_words) AS word_count
    ),
    on_themes AS (
      SELECT o.id FROM offerings o
      WHERE o.status = 'published' AND o.themes && ${question.themes}::text[]
      ORDER BY (SELECT count(*) FROM unnest(${question.themes}::text[]) AS theme WHERE theme = ANY(o.themes)) DESC,
               ('national' = ANY(o.scales) OR COALESCE(${province}::text = ANY(o.provinces), false)) DESC,
               o.open_to_join DESC,
               o.slug
      LIMIT ${THEME_CANDIDATES}
    ),
    on_themes_and_text AS (
      SELECT o.id FROM offerings o, words
      WHERE o.status = 'published' AND o.themes && ${question.themes}::text[] AND o.search @@ words.any_word
      ORDER BY ts_rank(o.search, words.any_word) DESC, o.slug
      LIMIT ${THEME_TEXT_CANDIDATES}
    ),
    on_text AS (
      SELECT o.id FROM offerings o, words
      WHERE o.status = 'published' AND NOT (o.themes && ${question.themes}::text[]) AND o.search @@ words.every_word
      ORDER BY ts_rank_cd(o.search, words.every_word, 32) DESC, o.slug
      LIMIT ${TEXT_CANDIDATES}
    )
    SELECT o.id, o.slug, o.title, o.themes, o.learning_form_id, o.scales, o.provinces, o.municipalities,
           o.target_groups, o.sectors, o.levels, o.disciplinarity, o.open_to_join, o.needs_verification, o.capacity, o.participants,
           to_char(o.start_date, 'YYYY-MM-DD') AS start_date, to_char(o.end_date, 'YYYY-MM-DD') AS end_date, o.cadence,
           COALESCE((SELECT sum(CASE WHEN o.search @@ (quote_literal(qw.lexeme) || ':AB')::tsquery THEN 1.0 ELSE 0.6 END)
                     FROM question_words qw WHERE o.search @@ quote_literal(qw.lexeme)::tsquery), 0)::float8
             / GREATEST(words.word_count, 1) AS text_relevance,
           ARRAY(SELECT qw.word FROM question_words qw WHERE o.search @@ quote_literal(qw.lexeme)::tsquery ORDER BY qw.position) AS matched_words
    FROM offerings o, words
    WHERE o.id IN (SELECT id FROM on_themes UNION SELECT id FROM on_themes_and_text UNION SELECT id FROM on_text)`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    themes: row.themes,
    learningFormId: row.learning_form_id,
    scales: row.scales,
    provinces: row.provinces,
    municipalities: row.municipalities,
    targetGroups: row.target_groups,
    sectors: row.sectors,
    levels: row.levels,
    disciplinarity: row.disciplinarity,
    openToJoin: row.open_to_join,
    needsVerification: row.needs_verification,
    capacity: row.capacity,
    participants: row.participants,
    startDate: row.start_date,
    endDate: row.end_date,
    cadence: row.cadence,
    textRelevance: Number(row.text_relevance),
    matchedWords: row.matched_words,
  }));
}

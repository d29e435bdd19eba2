// Candidate retrieval for the matchmaking engine: the database pre-filters (published offerings that
// share a theme, or whose Dutch full text answers the question) and hands over a bounded set; the
// engine (match-learning-question.ts) decides.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { MatchCandidate } from '@/lib/matchmaking/match-learning-question';
import type { MatchRequest } from '@/lib/matchmaking/match-request-schema';

/** How many offerings sharing a theme, and how many found on text alone, the engine gets to rank. */
export const THEME_CANDIDATES = 150;
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
  levels: string[];
  disciplinarity: string | null;
  open_to_join: boolean;
  capacity: number | null;
  participants: number | null;
  end_date: string | null;
  text_relevance: number;
}

/**
 * Offerings on the question's themes, best first by theme overlap, place and openness; plus the
 * offerings without a shared theme whose text holds every word of the question (Dutch stemming; an
 * any-word query matched most of a large catalogue and cost a second per question).
 * Text relevance is the share of the question's words (lexemes) that occur in the offering's text.
 */
export async function findMatchCandidates(prisma: Db, question: MatchRequest): Promise<MatchCandidate[]> {
  const province = question.province ?? null;
  const rows = await prisma.$queryRaw<CandidateRow[]>`
    WITH words AS (
      SELECT plainto_tsquery('dutch', ${question.question}) AS every_word,
             tsvector_to_array(to_tsvector('dutch', ${question.question})) AS lexemes
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
    on_text AS (
      SELECT o.id FROM offerings o, words
      WHERE o.status = 'published' AND NOT (o.themes && ${question.themes}::text[]) AND o.search @@ words.every_word
      ORDER BY ts_rank_cd(o.search, words.every_word, 32) DESC, o.slug
      LIMIT ${TEXT_CANDIDATES}
    )
    SELECT o.id, o.slug, o.title, o.themes, o.learning_form_id, o.scales, o.provinces, o.municipalities,
           o.target_groups, o.levels, o.disciplinarity, o.open_to_join, o.capacity, o.participants,
           to_char(o.end_date, 'YYYY-MM-DD') AS end_date,
           (SELECT count(*) FROM unnest(words.lexemes) AS lexeme WHERE o.search @@ quote_literal(lexeme)::tsquery)::float8
             / GREATEST(cardinality(words.lexemes), 1) AS text_relevance
    FROM offerings o, words
    WHERE o.id IN (SELECT id FROM on_themes UNION SELECT id FROM on_text)`;
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
    levels: row.levels,
    disciplinarity: row.disciplinarity,
    openToJoin: row.open_to_join,
    capacity: row.capacity,
    participants: row.participants,
    endDate: row.end_date,
    textRelevance: Number(row.text_relevance),
  }));
}

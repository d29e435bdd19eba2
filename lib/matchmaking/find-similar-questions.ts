// Other learning questions like this one, so the coordination team can connect their askers
// (vragenstellers verbinden). Only questions whose authors consented to be connected; never names or
// e-mail addresses: themes, place and month only.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { db } from '@/lib/db/client';

export interface SimilarQuestion {
  id: string;
  themes: string[];
  province: string | null;
  municipality: string | null;
  /** YYYY-MM, when it was asked. */
  month: string;
  /** 0..1: half theme overlap (Jaccard), half text (trigram similarity or shared Dutch stems). */
  similarity: number;
}

/** Questions that share at least one theme, most similar first. */
export async function findSimilarQuestions(questionId: string, limit = 5, prisma: Db = db()): Promise<SimilarQuestion[]> {
  const rows = await prisma.$queryRaw<SimilarQuestion[]>`
    WITH this AS (
      SELECT id, themes, question, to_tsvector('dutch', question) AS words FROM learning_questions WHERE id = ${questionId}::uuid
    ),
    scored AS (
      SELECT other.id, other.themes, other.province, other.municipality,
             to_char(other.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
             cardinality(ARRAY(SELECT unnest(other.themes) INTERSECT SELECT unnest(this.themes)))::float8
               / cardinality(ARRAY(SELECT unnest(other.themes) UNION SELECT unnest(this.themes))) AS theme_share,
             GREATEST(
               similarity(other.question, this.question),
               (SELECT count(*) FROM unnest(tsvector_to_array(this.words)) AS lexeme WHERE other.search @@ quote_literal(lexeme)::tsquery)::float8
                 / GREATEST(cardinality(tsvector_to_array(this.words)), 1)
             ) AS text_share
      FROM learning_questions other, this
      WHERE other.id <> this.id AND other.consent_connect AND other.status <> 'rejected' AND other.themes && this.themes
    )
    SELECT id, themes, province, municipality, month, round((0.5 * theme_share + 0.5 * text_share)::numeric, 3)::float8 AS similarity
    FROM scored
    ORDER BY similarity DESC, month DESC, id
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, similarity: Number(row.similarity) }));
}

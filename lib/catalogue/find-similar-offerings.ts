// Published offerings whose title is very like a proposed title (pg_trgm similarity), so a provider
// sees an existing offering before proposing it again.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { isCleanText } from '@/lib/validation/hostile-text';

/** Similarity from which a title counts as "very similar" (0–1, pg_trgm trigram similarity). */
export const SIMILAR_TITLE_THRESHOLD = 0.5;

export async function findSimilarOfferings(prisma: Db, title: string): Promise<{ slug: string; title: string; similarity: number }[]> {
  const text = title.trim().slice(0, 200);
  // A title with refused characters (lib/validation/hostile-text.ts) is like no stored title.
  if (text.length < 3 || !isCleanText(text)) return [];
  return prisma.$queryRawUnsafe(
    `SELECT slug, title, similarity(title, $1)::float AS similarity
       FROM offerings
      WHERE status = 'published' AND title % $1 AND similarity(title, $1) >= $2
      ORDER BY similarity DESC, slug
      LIMIT 3`,
    text,
    SIMILAR_TITLE_THRESHOLD,
  );
}

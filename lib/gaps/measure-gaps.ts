// Demand against supply (lacunes): per theme of the learning agenda and per scale, the learning
// questions (and their verdicts) against the open offerings, and the trend by month. The database
// counts; this only shapes the result. Deleted learning questions still count through their
// anonymous demand (anonymous_question_demand: themes, scale, verdict, month).
import 'server-only';
import type { Db } from '@/lib/db/client';
import { QUESTION_SCALES, VERDICTS } from '@/lib/reference/vocabularies';

export type GapScale = (typeof QUESTION_SCALES)[number];

export interface GapCell {
  themeId: string;
  scale: GapScale;
  questions: number;
  verdicts: Record<(typeof VERDICTS)[number], number>;
  openOfferings: number;
}

export interface GapTheme {
  id: string;
  nameNl: string;
  nameEn: string;
  isGapTheme: boolean;
  cells: GapCell[];
}

export interface GapMonth {
  month: string; // YYYY-MM
  questions: number;
  newOfferings: number;
}

/** How far demand outruns supply in a cell, for the heat map: 0 (none) … 4 (questions, no offer). */
export function gapLevel(questions: number, openOfferings: number): 0 | 1 | 2 | 3 | 4 {
  if (questions === 0) return 0;
  if (openOfferings === 0) return 4;
  const ratio = questions / openOfferings;
  return ratio >= 3 ? 3 : ratio >= 1 ? 2 : 1;
}

export async function measureGaps(prisma: Db): Promise<GapTheme[]> {
  const rows = await prisma.$queryRaw<{ theme_id: string; scale: GapScale; questions: bigint; join_existing: bigint; parallel_network: bigint; new_network: bigint; open_offerings: bigint }[]>`
    WITH scales(scale) AS (SELECT unnest(${[...QUESTION_SCALES]}::text[])),
    demand AS (
      SELECT t AS theme_id, q.scale, count(*) AS questions,
             count(*) FILTER (WHERE q.verdict = 'join-existing') AS join_existing,
             count(*) FILTER (WHERE q.verdict = 'parallel-network') AS parallel_network,
             count(*) FILTER (WHERE q.verdict = 'new-network') AS new_network
        FROM (SELECT themes, scale, verdict FROM learning_questions
              UNION ALL SELECT themes, scale, verdict FROM anonymous_question_demand) q CROSS JOIN unnest(q.themes) t
       GROUP BY 1, 2),
    supply AS (
      SELECT t AS theme_id, s AS scale, count(*) AS open_offerings
        FROM offerings o CROSS JOIN unnest(o.themes) t CROSS JOIN unnest(o.scales) s
       WHERE o.status = 'published' AND o.open_to_join
       GROUP BY 1, 2)
    SELECT th.id AS theme_id, sc.scale,
           coalesce(d.questions, 0) AS questions, coalesce(d.join_existing, 0) AS join_existing,
           coalesce(d.parallel_network, 0) AS parallel_network, coalesce(d.new_network, 0) AS new_network,
           coalesce(s.open_offerings, 0) AS open_offerings
      FROM themes th CROSS JOIN scales sc
      LEFT JOIN demand d ON d.theme_id = th.id AND d.scale = sc.scale
      LEFT JOIN supply s ON s.theme_id = th.id AND s.scale = sc.scale
     ORDER BY th.sort_order, th.id`;
  const themes = await prisma.theme.findMany({ orderBy: { sortOrder: 'asc' } });
  return themes.map((theme) => ({
    id: theme.id,
    nameNl: theme.nameNl,
    nameEn: theme.nameEn,
    isGapTheme: theme.isGapTheme,
    cells: QUESTION_SCALES.map((scale) => {
      const row = rows.find((r) => r.theme_id === theme.id && r.scale === scale);
      return {
        themeId: theme.id,
        scale,
        questions: Number(row?.questions ?? 0),
        verdicts: { 'join-existing': Number(row?.join_existing ?? 0), 'parallel-network': Number(row?.parallel_network ?? 0), 'new-network': Number(row?.new_network ?? 0) },
        openOfferings: Number(row?.open_offerings ?? 0),
      };
    }),
  }));
}

/** Learning questions and newly published offerings per month, the last `months` months. */
export async function measureGapTrend(prisma: Db, months = 12, themeId?: string): Promise<GapMonth[]> {
  const rows = await prisma.$queryRaw<{ month: string; questions: bigint; new_offerings: bigint }[]>`
    WITH months AS (
      SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', now()) - make_interval(months => ${months - 1}), date_trunc('month', now()), interval '1 month') m)
    SELECT m.month,
           (SELECT count(*) FROM learning_questions q WHERE to_char(q.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = m.month AND (${themeId ?? null}::text IS NULL OR ${themeId ?? null} = ANY(q.themes)))
             + (SELECT count(*) FROM anonymous_question_demand a WHERE to_char(a.asked_month, 'YYYY-MM') = m.month AND (${themeId ?? null}::text IS NULL OR ${themeId ?? null} = ANY(a.themes))) AS questions,
           (SELECT count(*) FROM offerings o WHERE o.status = 'published' AND to_char(o.published_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = m.month AND (${themeId ?? null}::text IS NULL OR ${themeId ?? null} = ANY(o.themes))) AS new_offerings
      FROM months m ORDER BY m.month`;
  return rows.map((row) => ({ month: row.month, questions: Number(row.questions), newOfferings: Number(row.new_offerings) }));
}

// The three gaps in how learning is organised (advice §1.3), per theme: of the published offerings on
// a theme, how many learn across domains (more than one sector, or multi- or interdisciplinary), how
// many learn vertically, and how many are connected to another network (function 4). Decision 0112.
import 'server-only';
import type { Db } from '@/lib/db/client';

export interface OrganisingGapRow {
  themeId: string;
  offerings: number;
  crossDomain: number;
  vertical: number;
  connected: number;
}

export async function measureOrganisingGaps(prisma: Db): Promise<OrganisingGapRow[]> {
  return prisma.$queryRawUnsafe<OrganisingGapRow[]>(`
    SELECT t.id AS "themeId",
           count(o.id)::int AS offerings,
           count(o.id) FILTER (WHERE cardinality(o.sectors) > 1 OR o.disciplinarity IN ('multi', 'inter'))::int AS "crossDomain",
           count(o.id) FILTER (WHERE 'vertical' = ANY(o.levels))::int AS vertical,
           count(o.id) FILTER (WHERE EXISTS (SELECT 1 FROM offering_connections c WHERE c.from_offering_id = o.id OR c.to_offering_id = o.id))::int AS connected
      FROM themes t
      LEFT JOIN offerings o ON o.status = 'published' AND t.id = ANY(o.themes)
     GROUP BY t.id, t.sort_order
     ORDER BY t.sort_order`);
}

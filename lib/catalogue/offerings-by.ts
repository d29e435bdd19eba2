// Short lists of published offerings per learning form and per theme, for the menukaart and the
// learning agenda pages.
import 'server-only';
import type { Db } from '@/lib/db/client';

export interface OfferingLink {
  slug: string;
  title: string;
}

const PER_GROUP = 5;

async function offeringsPer(prisma: Db, column: 'learning_form_id' | 'themes'): Promise<Map<string, OfferingLink[]>> {
  const key = column === 'themes' ? 'unnest(themes)' : 'learning_form_id';
  const rows = await prisma.$queryRawUnsafe<{ key: string; slug: string; title: string }[]>(
    `SELECT key, slug, title FROM (
       SELECT ${key} AS key, slug, title,
              row_number() OVER (PARTITION BY ${key} ORDER BY published_at DESC NULLS LAST, id) AS position
         FROM offerings WHERE status = 'published'
     ) ranked WHERE position <= ${PER_GROUP} ORDER BY key, position`,
  );
  const groups = new Map<string, OfferingLink[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), { slug: row.slug, title: row.title }]);
  return groups;
}

export const offeringsPerLearningForm = (prisma: Db) => offeringsPer(prisma, 'learning_form_id');
export const offeringsPerTheme = (prisma: Db) => offeringsPer(prisma, 'themes');

// Short lists of published knowledge products per theme and per learning form, for the learning
// agenda (/leeragenda) and the menukaart (/leervormen).
import 'server-only';
import type { Db } from '@/lib/db/client';

export interface KnowledgeLink {
  slug: string;
  title: string;
}

const PER_GROUP = 3;

async function knowledgePer(prisma: Db, column: 'themes' | 'learning_forms'): Promise<Map<string, KnowledgeLink[]>> {
  const rows = await prisma.$queryRawUnsafe<{ key: string; slug: string; title: string }[]>(
    `SELECT key, slug, title FROM (
       SELECT key, slug, title, row_number() OVER (PARTITION BY key ORDER BY published_at DESC NULLS LAST, id) AS position
         FROM (SELECT unnest(${column}) AS key, slug, title, published_at, id FROM knowledge_products WHERE status = 'published') k
     ) ranked WHERE position <= ${PER_GROUP} ORDER BY key, position`,
  );
  const groups = new Map<string, KnowledgeLink[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), { slug: row.slug, title: row.title }]);
  return groups;
}

export const knowledgePerTheme = (prisma: Db) => knowledgePer(prisma, 'themes');
export const knowledgePerLearningForm = (prisma: Db) => knowledgePer(prisma, 'learning_forms');

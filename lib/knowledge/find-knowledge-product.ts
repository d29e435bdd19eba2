// One published knowledge product with the offerings (networks) it came from, or null.
import 'server-only';
import type { Db } from '@/lib/db/client';

export async function findPublishedKnowledgeProduct(prisma: Db, slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  return prisma.knowledgeProduct.findFirst({
    where: { slug, status: 'published' },
    include: { offerings: { where: { offering: { status: 'published' } }, include: { offering: { select: { slug: true, title: true } } } } },
  });
}

export type PublishedKnowledgeProduct = NonNullable<Awaited<ReturnType<typeof findPublishedKnowledgeProduct>>>;

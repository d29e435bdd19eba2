// The seed knowledge base (prisma/seed/knowledge-products.json): the knowledge products the sources
// name, summarised in our own words with their public source. Inserted when missing, published;
// never overwrites what the team has edited.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { knowledgeContentShape } from './knowledge-product-schema';

const seedRecordSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    ...knowledgeContentShape,
    body: knowledgeContentShape.body.nullable().transform((value) => value ?? undefined),
    authors: knowledgeContentShape.authors.nullable().transform((value) => value ?? undefined),
    publishedOn: knowledgeContentShape.publishedOn.nullable().transform((value) => value ?? undefined),
    offerings: z.array(z.string()).default([]),
  })
  .strict();

export async function seedKnowledgeProducts(prisma: Db, seedDir: string): Promise<number> {
  const file = path.join(seedDir, 'knowledge-products.json');
  const parsed = z.array(seedRecordSchema).safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserFacingError(`The seed file prisma/seed/knowledge-products.json is not valid at ${issue.path.join('.')} (${issue.message}); correct it and seed again.`);
  }
  let created = 0;
  await prisma.$transaction(async (tx) => {
    const existing = new Set((await tx.knowledgeProduct.findMany({ select: { slug: true } })).map((row) => row.slug));
    for (const { offerings, publishedOn, ...record } of parsed.data) {
      if (existing.has(record.slug)) continue;
      const linked = await tx.offering.findMany({ where: { slug: { in: offerings } }, select: { id: true } });
      await tx.knowledgeProduct.create({
        data: {
          ...record,
          publishedOn: publishedOn ? new Date(`${publishedOn}T00:00:00Z`) : undefined,
          status: 'published',
          publishedAt: new Date(),
          offerings: { create: linked.map((offering) => ({ offeringId: offering.id })) },
        },
      });
      created++;
    }
  }, { timeout: 60_000, maxWait: 30_000 });
  return created;
}

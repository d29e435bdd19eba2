import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { seedCatalogue, seedIfEmpty, seedReferenceData } from '@/lib/seed/seed-database';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';

const adminUrl = inject('adminUrl');
const domain = (name: string) => JSON.parse(fs.readFileSync(new URL(`../../prisma/seed/${name}`, import.meta.url), 'utf8'));
let url: string;
let prisma: Db;

beforeAll(async () => {
  url = await createMigratedDatabase(adminUrl, { seed: 'none' });
  prisma = createPrismaClient(url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await dropDatabase(adminUrl, url);
});

async function counts() {
  const [themes, forms, categories, steps, phases, levels, offerings, organisations] = await Promise.all([
    prisma.theme.count(),
    prisma.learningForm.count(),
    prisma.learningFormCategory.count(),
    prisma.setupStep.count(),
    prisma.setupPhase.count(),
    prisma.supportLevel.count(),
    prisma.offering.count(),
    prisma.organisation.count(),
  ]);
  return { themes, forms, categories, steps, phases, levels, offerings, organisations };
}

describe('seeding', () => {
  it('loads only the reference data with --reference-only semantics', async () => {
    await seedReferenceData(prisma);
    const after = await counts();
    expect(after).toMatchObject({ themes: 39, forms: 9, categories: 3, steps: 15, phases: 3, levels: 3, offerings: 0, organisations: 0 });
    expect(await prisma.theme.count({ where: { isGapTheme: true } })).toBe(5);
    expect(await prisma.setupStep.count({ where: { route: 'full' } })).toBe(10);
  });

  it('loads the catalogue from the domain files as published offerings', async () => {
    await seedCatalogue(prisma);
    const seeded = domain('offerings.json') as { slug: string; learningForm: string }[];
    expect(await prisma.offering.count({ where: { status: 'published' } })).toBe(seeded.length);
    expect(seeded.length).toBeGreaterThanOrEqual(37);
    expect(await prisma.organisation.count()).toBe(domain('organisations.json').length);
    const almere = await prisma.offering.findUniqueOrThrow({ where: { slug: 'wsd-flevoland-almere-signaleren' } });
    expect(almere).toMatchObject({ learningFormId: 'action-research', openToJoin: false, scales: ['local'] });
  });

  it('is idempotent: seeding twice leaves the same data', async () => {
    const before = await counts();
    await seedReferenceData(prisma);
    await seedCatalogue(prisma);
    expect(await counts()).toEqual(before);
  });

  it('never overwrites a curated catalogue', async () => {
    await prisma.offering.update({ where: { slug: 'wsd-flevoland-almere-signaleren' }, data: { title: 'Door het team bijgewerkt' } });
    expect(await seedIfEmpty(prisma)).toBe(false);
    await seedCatalogue(prisma);
    expect((await prisma.offering.findUniqueOrThrow({ where: { slug: 'wsd-flevoland-almere-signaleren' } })).title).toBe('Door het team bijgewerkt');
  });
});

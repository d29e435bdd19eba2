// Loads the reference data and the seed catalogue from prisma/seed/. Reference data is upserted
// (the files are its source of truth), except themes, which the team edits: a seeded theme is only
// inserted when missing; seed offerings and organisations are only inserted when
// missing, so seeding never overwrites a catalogue the coordination team has curated.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { validateOfferingRecords, writeOfferings, type WriteResult } from '@/lib/catalogue/import-offerings';
import { validateMeetingRecords, writeMeetings, type MeetingWriteResult } from '@/lib/agenda/import-meetings';
import {
  learningFormsFileSchema,
  organisationsFileSchema,
  setupStepsFileSchema,
  themesFileSchema,
} from '@/lib/seed/reference-data';
import type { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { seedKnowledgeProducts } from '@/lib/knowledge/seed-knowledge-products';

export const SEED_DIR = path.resolve(process.cwd(), 'prisma/seed');

async function readSeedFile<T extends z.ZodType>(name: string, schema: T): Promise<z.output<T>> {
  const raw: unknown = JSON.parse(await fs.readFile(path.join(SEED_DIR, name), 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserFacingError(`The seed file prisma/seed/${name} is not valid at ${issue.path.join('.')} (${issue.message}); correct it and seed again.`);
  }
  return result.data;
}

export async function hasReferenceData(prisma: Db): Promise<boolean> {
  return (await prisma.theme.count()) > 0;
}

export async function seedReferenceData(prisma: Db): Promise<void> {
  const themes = await readSeedFile('themes.json', themesFileSchema);
  const menukaart = await readSeedFile('learning-forms.json', learningFormsFileSchema);
  const setup = await readSeedFile('setup-steps.json', setupStepsFileSchema);

  await prisma.$transaction(async (tx) => {
    for (const [sortOrder, theme] of themes.entries()) {
      // Themes are the coordination team's data once seeded (decision 0120): only missing ones are added.
      await tx.theme.upsert({ where: { id: theme.id }, create: { ...theme, sortOrder }, update: {} });
    }
    for (const [sortOrder, category] of menukaart.categories.entries()) {
      const data = { ...category, sortOrder };
      await tx.learningFormCategory.upsert({ where: { id: category.id }, create: data, update: data });
    }
    for (const [sortOrder, form] of menukaart.forms.entries()) {
      const data = { ...form, sortOrder };
      await tx.learningForm.upsert({ where: { id: form.id }, create: data, update: data });
    }
    for (const phase of setup.phases) {
      await tx.setupPhase.upsert({ where: { id: phase.id }, create: phase, update: phase });
    }
    for (const step of setup.steps) {
      const data = {
        route: 'full',
        number: step.number,
        phaseId: step.phaseId,
        keyWord: step.keyWord,
        titleNl: step.titleNl,
        titleEn: step.titleEn,
        guidingQuestionsNl: step.guidingQuestionsNl,
        guidingQuestionsEn: step.guidingQuestionsEn,
        guidanceNl: step.guidanceNl,
        guidanceEn: step.guidanceEn,
        rulesOfThumb: (step.rulesOfThumb ?? undefined) as Prisma.InputJsonValue | undefined,
      };
      await tx.setupStep.upsert({ where: { id: `full-${step.number}` }, create: { id: `full-${step.number}`, ...data }, update: data });
    }
    for (const step of setup.lightSteps) {
      const data = {
        route: 'light',
        number: step.number,
        titleNl: step.titleNl,
        titleEn: step.titleEn,
        guidingQuestionsNl: [],
        guidingQuestionsEn: [],
        guidanceNl: step.tipsNl,
        guidanceEn: step.tipsEn,
      };
      await tx.setupStep.upsert({ where: { id: `light-${step.number}` }, create: { id: `light-${step.number}`, ...data }, update: data });
    }
    for (const level of setup.supportLevels) {
      await tx.supportLevel.upsert({ where: { id: level.id }, create: level, update: level });
    }
    // About eighty small statements: generous limits so a busy machine does not abort the seed halfway.
  }, { timeout: 60_000, maxWait: 30_000 });
}

export async function seedCatalogue(prisma: Db): Promise<{ offerings: WriteResult; organisations: number }> {
  const organisations = await readSeedFile('organisations.json', organisationsFileSchema);
  const rawOfferings: unknown = JSON.parse(await fs.readFile(path.join(SEED_DIR, 'offerings.json'), 'utf8'));
  const { records, issues } = validateOfferingRecords(rawOfferings);
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new UserFacingError(`The seed file prisma/seed/offerings.json has ${issues.length} invalid value(s), the first in record ${first.index} (${first.message}).`);
  }
  const created = await prisma.organisation.createMany({ data: organisations, skipDuplicates: true });
  const offerings = await writeOfferings(prisma, records, { existing: 'skip', actorLabel: 'seed', source: 'prisma/seed/offerings.json', needsVerification: true });
  // The knowledge base links to seed offerings, so it comes after them.
  await seedKnowledgeProducts(prisma, SEED_DIR);
  return { offerings, organisations: created.count };
}

/** The seed programme of meetings (prisma/seed/meetings.json), through the import's code; meetings that exist are left as they are. */
export async function seedMeetings(prisma: Db): Promise<MeetingWriteResult> {
  const raw: unknown = JSON.parse(await fs.readFile(path.join(SEED_DIR, 'meetings.json'), 'utf8'));
  const { records, issues } = validateMeetingRecords(raw);
  const outcome = issues.length > 0 ? { kind: 'invalid' as const, issues } : await writeMeetings(prisma, records, { existing: 'skip', actorLabel: 'seed', source: 'prisma/seed/meetings.json' });
  if (outcome.kind === 'invalid') {
    const first = outcome.issues[0]!;
    throw new UserFacingError(`The seed file prisma/seed/meetings.json has ${outcome.issues.length} invalid value(s), the first in record ${first.index} (${first.message}).`);
  }
  return outcome.result;
}

/** What `npm start` does: reference data and catalogue only when the database has no reference data yet. */
export async function seedIfEmpty(prisma: Db): Promise<boolean> {
  if (await hasReferenceData(prisma)) return false;
  await seedReferenceData(prisma);
  await seedCatalogue(prisma);
  await seedMeetings(prisma);
  return true;
}

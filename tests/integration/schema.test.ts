// schema.prisma and the SQL migrations must agree: every model and field of the schema exists in a
// freshly migrated database with the same nullability, and every model can be written and read
// through the generated client.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { createMigratedDatabase, dropDatabase } from '@/tests/support/test-database';

interface SchemaField {
  name: string;
  column: string;
  optional: boolean;
  list: boolean;
  type: string;
}

/** Reads models and scalar fields from schema.prisma (this project's formatting). */
function readSchema(): Map<string, { table: string; fields: SchemaField[] }> {
  const source = fs.readFileSync(path.resolve('prisma/schema.prisma'), 'utf8');
  const enums = new Set([...source.matchAll(/^enum (\w+) \{/gm)].map((match) => match[1]!));
  const models = new Map<string, { table: string; fields: SchemaField[] }>();
  for (const match of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const [, name, body] = match;
    const table = /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!;
    const fields: SchemaField[] = [];
    for (const line of body!.split('\n')) {
      const field = /^\s+(\w+)\s+([\w]+(?:\("[^"]*"\))?)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field || line.trim().startsWith('//') || line.trim().startsWith('@@')) continue;
      const [, fieldName, type, list, optional, rest] = field;
      const scalar = ['String', 'Int', 'BigInt', 'Float', 'Boolean', 'DateTime', 'Json'].includes(type!) || enums.has(type!) || type!.startsWith('Unsupported');
      if (!scalar) continue;
      fields.push({
        name: fieldName!,
        column: /@map\("([^"]+)"\)/.exec(rest!)?.[1] ?? fieldName!,
        optional: Boolean(optional),
        list: Boolean(list),
        type: type!,
      });
    }
    models.set(name!, { table, fields });
  }
  return models;
}

const adminUrl = inject('adminUrl');
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

describe('schema.prisma and the migrations', () => {
  it('have the same tables and columns, with the same nullability', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string; data_type: string }>(
      "SELECT table_name, column_name, is_nullable, data_type FROM information_schema.columns WHERE table_schema = 'public'",
    );
    await client.end();
    const columns = new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row]));
    const models = readSchema();
    expect(models.size).toBeGreaterThan(20);

    const tablesInDb = new Set(rows.map((row) => row.table_name));
    tablesInDb.delete('_prisma_migrations');
    expect([...tablesInDb].sort()).toEqual([...models.values()].map((model) => model.table).sort());

    for (const [model, { table, fields }] of models) {
      const columnsOfTable = rows.filter((row) => row.table_name === table).map((row) => row.column_name).sort();
      expect(columnsOfTable, `columns of ${model}`).toEqual(fields.map((field) => field.column).sort());
      for (const field of fields) {
        const column = columns.get(`${table}.${field.column}`)!;
        const nullable = field.optional && !field.list;
        expect(column.is_nullable, `${model}.${field.name} nullability`).toBe(nullable ? 'YES' : 'NO');
        if (field.list) expect(column.data_type, `${model}.${field.name} is a list`).toBe('ARRAY');
        if (field.type === 'Json') expect(column.data_type).toBe('jsonb');
        if (field.type === 'Boolean') expect(column.data_type).toBe('boolean');
        if (field.type === 'Int') expect(column.data_type).toBe('integer');
      }
    }
  });

  it('lets the generated client create and read every model', async () => {
    const category = await prisma.learningFormCategory.create({
      data: { id: 'cat', nameNl: 'Groep', nameEn: 'Group', intensity: 'light', descriptionNl: 'x', descriptionEn: 'x' },
    });
    const form = await prisma.learningForm.create({
      data: {
        id: 'form',
        categoryId: category.id,
        intensity: 'light',
        nameNl: 'Vorm',
        nameEn: 'Form',
        goalNl: 'Doel',
        goalEn: 'Goal',
        descriptionNl: 'Beschrijving',
        descriptionEn: 'Description',
        learningLevels: ['horizontal'],
        disciplinarity: ['mono'],
        scales: ['local'],
      },
    });
    const theme = await prisma.theme.create({
      data: { id: 'theme', nameNl: 'Thema', nameEn: 'Theme', descriptionNl: 'x', descriptionEn: 'x', domain: 'cross-cutting' },
    });
    const phase = await prisma.setupPhase.create({
      data: { id: 'phase', number: 1, nameNl: 'Fase', nameEn: 'Phase', descriptionNl: 'x', descriptionEn: 'x' },
    });
    await prisma.setupStep.create({
      data: {
        id: 'full-1',
        route: 'full',
        number: 1,
        phaseId: phase.id,
        titleNl: 'Stap',
        titleEn: 'Step',
        guidingQuestionsNl: ['Vraag?'],
        guidingQuestionsEn: ['Question?'],
        guidanceNl: [],
        guidanceEn: [],
        rulesOfThumb: { groupSizeMin: 12 },
      },
    });
    const level = await prisma.supportLevel.create({
      data: { id: 'help-organise', level: 2, nameNl: 'Helpen', nameEn: 'Help', descriptionNl: 'x', descriptionEn: 'x' },
    });
    const organisation = await prisma.organisation.create({ data: { slug: 'org', name: 'Organisatie', kind: 'platform' } });
    const offering = await prisma.offering.create({
      data: {
        slug: 'aanbod',
        title: 'Aanbod',
        summary: 'Een samenvatting',
        learningFormId: form.id,
        organisationId: organisation.id,
        themes: [theme.id],
        scales: ['local'],
        targetGroups: ['residents'],
        openToJoin: true,
        status: 'published',
        startDate: new Date('2026-01-01'),
      },
    });
    const user = await prisma.user.create({ data: { email: 'coordinator@example.nl', name: 'Coördinator' } });
    const question = await prisma.learningQuestion.create({
      data: {
        token: 'token-1',
        question: 'Hoe werken we samen?',
        themes: [theme.id],
        targetGroups: ['professionals'],
        scale: 'regional',
        contactName: 'Initiatiefnemer',
        contactEmail: 'vraag@example.nl',
        consentContact: true,
        verdict: 'new-network',
        assigneeId: user.id,
      },
    });
    const other = await prisma.learningQuestion.create({
      data: {
        token: 'token-2',
        question: 'Nog een vraag',
        themes: [theme.id],
        targetGroups: ['residents'],
        scale: 'local',
        contactName: 'Iemand',
        contactEmail: 'ander@example.nl',
        consentContact: true,
      },
    });
    await prisma.matchResult.create({
      data: { learningQuestionId: question.id, offeringId: offering.id, rank: 1, score: 0.8, checks: [{ id: 'exists', pass: true, reason: 'Ja.' }] },
    });
    await prisma.questionLink.create({ data: { questionId: question.id, relatedQuestionId: other.id, linkedById: user.id } });
    const plan = await prisma.networkPlan.create({
      data: { token: 'plan-token', route: 'full', title: 'Plan', answers: { 'full-1': { themes: [theme.id] } }, chosenFormId: form.id, learningQuestionId: question.id },
    });
    await prisma.supportRequest.create({
      data: { networkPlanId: plan.id, supportLevelId: level.id, contactName: 'Initiatiefnemer', contactEmail: 'plan@example.nl' },
    });
    await prisma.offeringSubmission.create({
      data: { offeringId: offering.id, networkPlanId: plan.id, submitterName: 'Aanbieder', submitterEmail: 'aanbieder@example.nl' },
    });
    await prisma.contactMessage.create({ data: { name: 'Bezoeker', email: 'bezoeker@example.nl', subject: 'Vraag', message: 'Hallo' } });
    await prisma.authToken.create({ data: { userId: user.id, purpose: 'invite', tokenHash: 'hash', expiresAt: new Date(Date.now() + 86_400_000) } });
    await prisma.appSetting.create({ data: { key: 'requireTwoFactor', value: true } });
    await prisma.internalNote.create({ data: { itemType: 'learning_question', itemId: question.id, authorId: user.id, body: 'Notitie' } });
    await prisma.auditEvent.create({ data: { actorId: user.id, itemType: 'learning_question', itemId: question.id, action: 'status', changes: { status: { before: 'new', after: 'in_progress' } } } });
    await prisma.outboundEmail.create({ data: { to: 'vraag@example.nl', subject: 'Ontvangen', text: 'Dank', template: 'question-received' } });
    await prisma.searchSubscription.create({ data: { email: 'volger@example.nl', filters: { theme: ['theme'] }, confirmToken: 'c', unsubscribeTokens: ['u'] } });
    await prisma.rateLimitBucket.create({ data: { key: 'contact:ip:127.0.0.1', windowStart: new Date(), count: 1 } });
    await prisma.anonymousQuestionDemand.create({ data: { themes: ['theme'], scale: 'local', verdict: 'new-network', askedMonth: new Date('2026-12-01T00:00:00Z') } });

    const read = await prisma.offering.findUniqueOrThrow({
      where: { slug: 'aanbod' },
      include: { learningForm: { include: { category: true } }, organisation: true, submission: { include: { networkPlan: true } }, matchResults: true },
    });
    expect(read.learningForm.category.id).toBe('cat');
    expect(read.organisation?.slug).toBe('org');
    expect(read.submission?.networkPlan?.token).toBe('plan-token');
    expect(read.matchResults[0]?.score).toBe(0.8);
    expect(read.startDate?.toISOString().slice(0, 10)).toBe('2026-01-01');

    const readQuestion = await prisma.learningQuestion.findUniqueOrThrow({
      where: { token: 'token-1' },
      include: { assignee: true, links: { include: { relatedQuestion: true } }, plans: { include: { supportRequests: { include: { supportLevel: true } } } } },
    });
    expect(readQuestion.assignee?.email).toBe('coordinator@example.nl');
    expect(readQuestion.links[0]?.relatedQuestion.token).toBe('token-2');
    expect(readQuestion.plans[0]?.supportRequests[0]?.supportLevel.level).toBe(2);

    const counts = await Promise.all([
      prisma.theme.count(),
      prisma.setupStep.count({ where: { phase: { id: 'phase' } } }),
      prisma.contactMessage.count(),
      prisma.authToken.count(),
      prisma.appSetting.count(),
      prisma.internalNote.count(),
      prisma.auditEvent.count(),
      prisma.outboundEmail.count(),
      prisma.searchSubscription.count(),
      prisma.rateLimitBucket.count(),
      prisma.anonymousQuestionDemand.count(),
    ]);
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('fills the Dutch full-text column from title, summary, description and provider', async () => {
    const rows = await prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM offerings WHERE search @@ websearch_to_tsquery('dutch', 'samenvattingen')`;
    expect(rows.map((row) => row.slug)).toEqual(['aanbod']);
  });
});

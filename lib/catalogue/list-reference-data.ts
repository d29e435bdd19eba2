// The menukaart (learning forms in their groups) and the themes of the learning agenda (leeragenda),
// with how many published offerings each has; the themes also with their open learning questions.
import 'server-only';
import type { Db } from '@/lib/db/client';

export async function listLearningForms(prisma: Db) {
  const [categories, counts] = await Promise.all([
    prisma.learningFormCategory.findMany({
      orderBy: { sortOrder: 'asc' },
      include: { forms: { orderBy: { sortOrder: 'asc' } } },
    }),
    prisma.offering.groupBy({ by: ['learningFormId'], where: { status: 'published' }, _count: { _all: true } }),
  ]);
  const countOf = new Map(counts.map((row) => [row.learningFormId, row._count._all]));
  return categories.map((category) => ({
    ...category,
    forms: category.forms.map((form) => ({ ...form, offeringCount: countOf.get(form.id) ?? 0 })),
  }));
}

/** Learning questions still being handled count as open (not answered, closed or rejected). */
const OPEN_QUESTION_STATUSES = ['new', 'in_progress'];

/** The themes the learning agenda offers now (retired ones are left out), read for each request. */
export async function listThemes(prisma: Db) {
  const [themes, offeringCounts, questionCounts] = await Promise.all([
    prisma.theme.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
    prisma.$queryRawUnsafe<{ theme: string; count: number }[]>(
      `SELECT unnest(themes) AS theme, count(*)::int AS count FROM offerings WHERE status = 'published' GROUP BY 1`,
    ),
    prisma.$queryRawUnsafe<{ theme: string; count: number }[]>(
      `SELECT unnest(themes) AS theme, count(*)::int AS count FROM learning_questions
        WHERE status::text = ANY($1::text[]) GROUP BY 1`,
      OPEN_QUESTION_STATUSES,
    ),
  ]);
  const offerings = new Map(offeringCounts.map((row) => [row.theme, row.count]));
  const questions = new Map(questionCounts.map((row) => [row.theme, row.count]));
  return themes.map((theme) => ({
    ...theme,
    offeringCount: offerings.get(theme.id) ?? 0,
    openQuestionCount: questions.get(theme.id) ?? 0,
  }));
}

// Everything stored about the asker of a learning question, for its private page and the download
// (GET /api/learning-questions/<token>): the question as sent, consents, the matchmaking outcome,
// how the team handled it, the e-mails sent and what happened when.
import type { Db } from '@/lib/db/client';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { itemRecords } from '@/lib/privacy/item-records';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function exportLearningQuestion(prisma: Db, token: string) {
  const question = await findLearningQuestionByToken(prisma, token);
  if (!question) return null;
  const [links, plans, records] = await Promise.all([
    prisma.questionLink.count({ where: { questionId: question.id } }),
    prisma.networkPlan.count({ where: { learningQuestionId: question.id } }),
    itemRecords(prisma, [{ itemType: 'learning_question', itemIds: [question.id] }]),
  ]);
  return {
    kind: 'learning-question' as const,
    exportedAt: new Date(),
    contact: { name: question.contactName, email: question.contactEmail, organisation: question.organisation, askerType: question.askerType },
    consent: { contact: question.consentContact, connect: question.consentConnect },
    question: {
      question: question.question,
      themes: question.themes,
      urgency: question.urgency,
      targetGroups: question.targetGroups,
      perspectives: question.perspectives,
      sectors: question.sectors,
      levels: question.levels,
      disciplinarity: question.disciplinarity,
      groupSize: question.groupSize,
      learningGoal: question.learningGoal,
      preferredForms: question.preferredForms,
      intensity: question.intensity,
      scale: question.scale,
      province: question.province,
      municipality: question.municipality,
      startFrom: day(question.startFrom),
      language: question.locale,
      askedAt: question.createdAt,
    },
    matchmaking: {
      verdict: question.verdict,
      recommendedForms: question.recommendedForms,
      matches: question.matchResults.map((match) => ({ rank: match.rank, offering: match.offering.title, slug: match.offering.slug, score: match.score, source: match.source })),
    },
    handling: {
      status: question.status,
      firstResponseAt: question.firstResponseAt,
      response: question.responseText,
      respondedAt: question.respondedAt,
      rejectionReason: question.rejectionReason,
      lastChangedAt: question.updatedAt,
    },
    /** Other consenting askers the team connected this question to (their details are theirs). */
    linkedQuestions: links,
    /** Plans started from this question; each has its own private link. */
    plansStarted: plans,
    ...records,
  };
}

export type LearningQuestionExport = NonNullable<Awaited<ReturnType<typeof exportLearningQuestion>>>;

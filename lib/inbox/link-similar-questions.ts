// The team connects people with the same learning need (vragenstellers verbinden): a learning question
// is linked to a similar one when both askers consented to be connected. A link goes both ways and is
// on both questions' timelines.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { findSimilarQuestions, type SimilarQuestion } from '@/lib/matchmaking/find-similar-questions';

export type LinkOutcome = { kind: 'ok' } | { kind: 'not-found' } | { kind: 'invalid'; problem: 'link' };

export interface LinkedQuestion {
  id: string;
  question: string;
  themes: string[];
  province: string | null;
  createdAt: Date;
}

/** The questions linked to this one, and similar questions not linked yet (only when its asker consented). */
export async function listQuestionConnections(prisma: Db, questionId: string): Promise<{ consented: boolean; linked: LinkedQuestion[]; suggestions: SimilarQuestion[] }> {
  const [own, links] = await Promise.all([
    prisma.learningQuestion.findUnique({ where: { id: questionId }, select: { consentConnect: true } }),
    prisma.questionLink.findMany({
      where: { questionId },
      orderBy: { createdAt: 'asc' },
      select: { relatedQuestion: { select: { id: true, question: true, themes: true, province: true, createdAt: true } } },
    }),
  ]);
  const consented = own?.consentConnect ?? false;
  const linked = links.map((link) => link.relatedQuestion);
  if (!consented) return { consented, linked, suggestions: [] };
  const taken = new Set(linked.map((question) => question.id));
  const suggestions = (await findSimilarQuestions(questionId, 5 + taken.size, prisma)).filter((similar) => !taken.has(similar.id)).slice(0, 5);
  return { consented, linked, suggestions };
}

export async function linkSimilarQuestion(prisma: Db, actorId: string, questionId: string, relatedQuestionId: string, op: 'link' | 'unlink'): Promise<LinkOutcome> {
  if (questionId === relatedQuestionId) return { kind: 'invalid', problem: 'link' };
  return prisma.$transaction(async (tx) => {
    const questions = await tx.learningQuestion.findMany({ where: { id: { in: [questionId, relatedQuestionId] } }, select: { id: true, consentConnect: true, question: true } });
    const label = (id: string) => shorten(questions.find((question) => question.id === id)!.question);
    if (questions.length !== 2) return { kind: 'not-found' as const };
    const pairs = [
      { questionId, relatedQuestionId },
      { questionId: relatedQuestionId, relatedQuestionId: questionId },
    ];
    if (op === 'link') {
      // Both askers must have said yes to being connected.
      if (!questions.every((question) => question.consentConnect)) return { kind: 'invalid' as const, problem: 'link' as const };
      const created = await tx.questionLink.createMany({ data: pairs.map((pair) => ({ ...pair, linkedById: actorId })), skipDuplicates: true });
      if (created.count === 0) return { kind: 'ok' as const };
    } else {
      const removed = await tx.questionLink.deleteMany({ where: { OR: pairs } });
      if (removed.count === 0) return { kind: 'ok' as const };
    }
    for (const pair of pairs) {
      await recordAudit(tx, {
        actorId,
        itemType: 'learning_question',
        itemId: pair.questionId,
        action: op === 'link' ? 'question.linked' : 'question.unlinked',
        changes: { linkedQuestion: op === 'link' ? { before: null, after: label(pair.relatedQuestionId) } : { before: label(pair.relatedQuestionId), after: null } },
      });
    }
    return { kind: 'ok' as const };
  });
}

/** A question as the timeline names it: its first words. */
export function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= 80 ? clean : `${clean.slice(0, 79)}…`;
}

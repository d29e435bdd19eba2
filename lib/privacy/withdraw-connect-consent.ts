// The asker withdraws their consent to be connected with others who have a similar learning question:
// the question stops being suggested or shown as similar, and the links the team made are removed
// (on both questions' timelines).
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';

export async function withdrawConnectConsent(prisma: Db, token: string): Promise<'withdrawn' | 'not-found'> {
  const question = await findLearningQuestionByToken(prisma, token);
  if (!question) return 'not-found';
  const id = question.id;
  await prisma.$transaction(async (tx) => {
    const changed = await tx.learningQuestion.updateMany({ where: { id, consentConnect: true }, data: { consentConnect: false } });
    if (changed.count > 0) {
      await recordAudit(tx, { actorLabel: 'public', itemType: 'learning_question', itemId: id, action: 'consent.withdrawn', changes: { consentConnect: { before: true, after: false } } });
    }
    const links = await tx.questionLink.findMany({ where: { OR: [{ questionId: id }, { relatedQuestionId: id }] }, select: { questionId: true, relatedQuestionId: true } });
    if (links.length === 0) return;
    await tx.questionLink.deleteMany({ where: { OR: [{ questionId: id }, { relatedQuestionId: id }] } });
    const others = new Set(links.flatMap((link) => [link.questionId, link.relatedQuestionId]).filter((other) => other !== id));
    for (const itemId of [id, ...others]) {
      await recordAudit(tx, { actorLabel: 'public', itemType: 'learning_question', itemId, action: 'question.unlinked' });
    }
  });
  return 'withdrawn';
}

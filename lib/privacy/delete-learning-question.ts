// The asker deletes their learning question with its private link (the page's confirm step, or
// DELETE /api/learning-questions/<token>): everything about them goes, the anonymous demand stays.
import type { Db } from '@/lib/db/client';
import { findLearningQuestionByToken } from '@/lib/matchmaking/find-learning-question';
import { eraseLearningQuestion } from '@/lib/privacy/erase-learning-question';

export type DeletionOutcome = 'deleted' | 'not-found';

export async function deleteLearningQuestion(prisma: Db, token: string): Promise<DeletionOutcome> {
  const question = await findLearningQuestionByToken(prisma, token);
  if (!question) return 'not-found';
  const erased = await prisma.$transaction((tx) => eraseLearningQuestion(tx, question.id, 'requester'));
  return erased ? 'deleted' : 'not-found';
}

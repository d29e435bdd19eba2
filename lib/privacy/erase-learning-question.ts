// Erasing a learning question (on its asker's request or when its retention period ends): its
// anonymous demand (themes, scale, verdict, month) stays for the gaps; the question, its matches and
// links, its e-mails and notes go; its audit events keep who did what.
import type { Prisma } from '@/lib/generated/prisma/client';
import { shorten } from '@/lib/inbox/link-similar-questions';
import { forgetItems, lockRow, redactPersonalTraces, type ErasureReason } from '@/lib/privacy/forget-items';

type Tx = Prisma.TransactionClient;

export async function eraseLearningQuestion(tx: Tx, id: string, reason: ErasureReason): Promise<boolean> {
  if (!(await lockRow(tx, 'learning_questions', id))) return false;
  const question = await tx.learningQuestion.findUnique({
    where: { id },
    select: { id: true, question: true, contactName: true, contactEmail: true },
  });
  if (!question) return false;
  await tx.$executeRaw`
    INSERT INTO anonymous_question_demand (themes, scale, verdict, asked_month)
    SELECT themes, scale, verdict, date_trunc('month', created_at AT TIME ZONE 'Europe/Amsterdam')::date FROM learning_questions WHERE id = ${id}::uuid`;
  await forgetItems(tx, [{ itemType: 'learning_question', itemIds: [id] }], reason);
  // Matches and links to other questions go with it (ON DELETE CASCADE); plans started from it stay theirs.
  await tx.learningQuestion.delete({ where: { id } });
  // Other questions' timelines name a linked question by its first words.
  await redactPersonalTraces(tx, { literals: [question.contactEmail, shorten(question.question)], names: [question.contactName] });
  return true;
}

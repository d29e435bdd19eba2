// The coordinator's response to a learning question: stored on the question, e-mailed to the asker
// (with the curated matches) through the outbox, and put on the timeline, in one transaction.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { getEnv } from '@/lib/env';
import { asLocale, getTranslator } from '@/lib/i18n/translate';
import { queueItemEmail } from './queue-item-email';
import { claimItemVersion } from './update-inbox-item';

export const questionResponseSchema = z.object({ text: z.string().trim().min(10).max(10_000) });

export type ResponseOutcome = { kind: 'ok'; emailId: string } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid' };

export async function sendQuestionResponse(prisma: Db, actorId: string, questionId: string, expectedVersion: number, text: string): Promise<ResponseOutcome> {
  const parsed = questionResponseSchema.safeParse({ text });
  if (!parsed.success) return { kind: 'invalid' };
  return prisma.$transaction(async (tx) => {
    const claim = await claimItemVersion(tx, { type: 'question', id: questionId }, expectedVersion);
    if (claim.kind !== 'ok') return claim;
    const question = await tx.learningQuestion.findUniqueOrThrow({
      where: { id: questionId },
      include: { matchResults: { orderBy: { rank: 'asc' }, include: { offering: { select: { title: true, slug: true } } } } },
    });
    const now = new Date();
    await tx.learningQuestion.update({
      where: { id: questionId },
      data: { responseText: parsed.data.text, respondedAt: now, firstResponseAt: question.firstResponseAt ?? now },
    });
    const t = await getTranslator(asLocale(question.locale), 'admin.emails');
    const base = getEnv().appUrl;
    const matches = question.matchResults.length
      ? `${t('matchesHeading')}\n${question.matchResults.map((match) => `- ${match.offering.title}: ${base}/aanbod/${match.offering.slug}`).join('\n')}`
      : '';
    const emailId = await queueItemEmail(tx, { type: 'question', id: questionId }, 'question-response', { response: parsed.data.text, matches });
    await recordAudit(tx, {
      actorId,
      itemType: 'learning_question',
      itemId: questionId,
      action: 'question.response-sent',
      changes: { responseText: { before: question.responseText, after: parsed.data.text } },
    });
    return { kind: 'ok' as const, emailId: emailId ?? '' };
  });
}

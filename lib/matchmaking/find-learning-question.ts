// A learning question with its matches, for its private result page (and the setup wizard, which
// is pre-filled from it): looked up by the token in the link, of which only the hash is stored.
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { CheckResult } from '@/lib/matchmaking/match-learning-question';
import { hashToken } from '@/lib/security/create-token';
import type { Verdict } from '@/lib/reference/vocabularies';

export async function findLearningQuestionByToken(prisma: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const question = await prisma.learningQuestion.findUnique({
    where: { token: hashToken(token) },
    include: {
      matchResults: {
        orderBy: { rank: 'asc' },
        include: { offering: { select: { slug: true, title: true, provider: true, contactName: true, contactEmail: true, url: true, learningFormId: true } } },
      },
    },
  });
  if (!question) return null;
  return {
    ...question,
    verdict: (question.verdict ?? 'new-network') as Verdict,
    matchResults: question.matchResults.map((match) => ({ ...match, checks: match.checks as unknown as CheckResult[] })),
  };
}

export type LearningQuestionWithMatches = NonNullable<Awaited<ReturnType<typeof findLearningQuestionByToken>>>;

// Stores a learning question with its match results, audit event and the initiator's confirmation
// e-mail in one transaction, through the public-form kernel (honeypot, rate limit, schema, idempotency). The initiator gets a private,
// unguessable link to the result page; only the token's hash is stored.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import { getEnv } from '@/lib/env';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { learningQuestionSchema } from '@/lib/matchmaking/learning-question-schema';
import { matchQuestion } from '@/lib/matchmaking/match-question';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { createToken, hashToken } from '@/lib/security/create-token';
import { localisedPath } from '@/lib/i18n/routing';

/** The path of a question's result page, in the visitor's language. */
export function resultPath(token: string, locale: Locale): string {
  return localisedPath(`/leervraag/${token}`, locale);
}

type QuestionContext = SubmissionContext & { today?: string };

export const learningQuestionForm: PublicForm<typeof learningQuestionSchema, { id: string; token: string; path: string }, QuestionContext> = {
  name: 'learning-question',
  schema: learningQuestionSchema,
  rateLimit: 'learningQuestion',
  check: async (prisma, question) => checkThemeIds(await loadThemes(prisma), question.themes, ['themes']),
  async store(tx, question, context) {
    const outcome = await matchQuestion(context.prisma, question, { today: context.today, locale: context.locale });
    const token = createToken();
    const path = resultPath(token, context.locale);
    const t = await getTranslator(context.locale, 'learningQuestion');
    const verdicts = await getTranslator(context.locale, 'vocab');
    const row = await tx.learningQuestion.create({
      data: {
        token: hashToken(token),
        question: question.question,
        themes: question.themes,
        urgency: question.urgency ?? null,
        targetGroups: question.targetGroups,
        perspectives: question.perspectives ?? null,
        sectors: question.sectors ?? [],
        levels: question.levels ?? [],
        disciplinarity: question.disciplinarity ?? null,
        groupSize: question.groupSize ?? null,
        learningGoal: question.learningGoal ?? null,
        preferredForms: question.preferredForms ?? [],
        intensity: question.intensity ?? null,
        scale: question.scale,
        province: question.province ?? null,
        municipality: question.municipality ?? null,
        startFrom: question.startFrom ? new Date(`${question.startFrom}T00:00:00Z`) : null,
        askerType: question.askerType ?? null,
        organisation: question.organisation ?? null,
        contactName: question.contactName,
        contactEmail: question.contactEmail,
        consentContact: question.consentContact,
        consentConnect: question.consentConnect,
        locale: context.locale,
        verdict: outcome.verdict,
        recommendedForms: outcome.recommendedForms,
      },
      select: { id: true },
    });
    if (outcome.matches.length > 0) {
      await tx.matchResult.createMany({
        data: outcome.matches.map((match, index) => ({
          learningQuestionId: row.id,
          offeringId: match.offeringId,
          rank: index + 1,
          score: match.score,
          checks: match.checks.map((check) => ({ ...check })),
        })),
      });
    }
    await recordAudit(tx, { actorLabel: 'public', itemType: 'learning_question', itemId: row.id, action: 'created' });
    await queueEmail(tx, {
      to: question.contactEmail,
      subject: t('email.subject'),
      text: t('email.body', {
        name: question.contactName,
        question: question.question,
        verdict: verdicts(`verdicts.${outcome.verdict}`),
        url: `${getEnv().appUrl}${path}`,
      }),
      template: 'learning-question-received',
      itemType: 'learning_question',
      itemId: row.id,
    });
    return { id: row.id, token, path };
  },
};

export function submitLearningQuestion(prisma: Db, input: unknown, context: QuestionContext): Promise<SubmissionOutcome<{ id: string; token: string; path: string }>> {
  return submitPublicForm(prisma, learningQuestionForm, input, context);
}

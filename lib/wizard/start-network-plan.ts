// Starting the wizard: a new plan with a private resume link, optionally pre-filled from a learning
// question, with its audit event and (when an e-mail address is given) the link by e-mail, in one
// transaction, through the public-form kernel.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken, hashToken } from '@/lib/security/create-token';
import { startPlanSchema } from '@/lib/wizard/network-plan-schemas';
import { canPrefillFrom, prefillFromLearningQuestion } from '@/lib/wizard/prefill-from-learning-question';
import { localisedPath } from '@/lib/i18n/routing';

export function planPath(token: string, locale: Locale, step?: number): string {
  return localisedPath(`/leernetwerk-opzetten/plan/${token}${step ? `/stap/${step}` : ''}`, locale);
}

/** The learning question with this token that may pre-fill a plan, or null. */
export async function findPrefillQuestion(prisma: Db, token: string | undefined) {
  if (!token || !/^[A-Za-z0-9_-]{10,100}$/.test(token)) return null;
  // Only the hash is stored; a stored hash given as the token is not accepted.
  const question = await prisma.learningQuestion.findUnique({ where: { token: hashToken(token) } });
  return question && canPrefillFrom(question) ? question : null;
}

type StartContext = SubmissionContext & { appUrl: string };

export const startPlanForm: PublicForm<typeof startPlanSchema, { token: string; id: string }, StartContext> = {
  name: 'start-plan',
  schema: startPlanSchema,
  rateLimit: 'networkPlan',
  async store(tx, { route, contactName, contactEmail, leervraag }, context) {
    const question = await findPrefillQuestion(context.prisma, leervraag);
    const answers = question ? prefillFromLearningQuestion(route, question) : {};
    const token = createToken();
    const t = await getTranslator(context.locale, 'wizard');
    const plan = await tx.networkPlan.create({
      data: {
        token: hashToken(token),
        route,
        title: (answers[`${route}-1`]?.title as string | undefined) ?? null,
        answers: JSON.parse(JSON.stringify(answers)) as Prisma.InputJsonValue,
        learningQuestionId: question?.id ?? null,
        contactName: contactName ?? null,
        contactEmail: contactEmail ?? null,
        locale: context.locale,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorLabel: 'public', itemType: 'network_plan', itemId: plan.id, action: 'created' });
    if (contactEmail) {
      await queueEmail(tx, {
        to: contactEmail,
        subject: t('email.resumeSubject'),
        text: t('email.resumeBody', { name: contactName ?? '', link: `${context.appUrl}${planPath(token, context.locale, 1)}` }),
        template: 'network-plan-resume-link',
        itemType: 'network_plan',
        itemId: plan.id,
      });
    }
    return { token, id: plan.id };
  },
};

export function startNetworkPlan(prisma: Db, input: unknown, context: StartContext): Promise<SubmissionOutcome<{ token: string; id: string } | undefined>> {
  return submitPublicForm(prisma, startPlanForm, input, context);
}

// Starting the wizard: a new plan with a private resume link, optionally pre-filled from a learning
// question, with its audit event and (when an e-mail address is given) the link by e-mail, in one
// transaction.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { createToken, hashToken } from '@/lib/security/create-token';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { startPlanSchema } from '@/lib/wizard/network-plan-schemas';
import { canPrefillFrom, prefillFromLearningQuestion } from '@/lib/wizard/prefill-from-learning-question';
import { localisedPath } from '@/lib/i18n/routing';

export function planPath(token: string, locale: Locale, step?: number): string {
  return localisedPath(`/leernetwerk-opzetten/plan/${token}${step ? `/stap/${step}` : ''}`, locale);
}

/** The learning question with this token that may pre-fill a plan, or null. */
export async function findPrefillQuestion(prisma: Db, token: string | undefined) {
  if (!token || !/^[A-Za-z0-9_-]{10,100}$/.test(token)) return null;
  // The learning-question feature may store its token as is or as its hash: accept both.
  const question = await prisma.learningQuestion.findFirst({ where: { token: { in: [token, hashToken(token)] } } });
  return question && canPrefillFrom(question) ? question : null;
}

export async function startNetworkPlan(
  prisma: Db,
  input: unknown,
  context: { ip: string; locale: Locale; appUrl: string },
): Promise<SubmissionOutcome<{ token: string; id: string } | undefined>> {
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const limit = await hitRateLimit(prisma, 'networkPlan', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = startPlanSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };

  const { route, contactName, contactEmail, leervraag } = parsed.data;
  const question = await findPrefillQuestion(prisma, leervraag);
  const answers = question ? prefillFromLearningQuestion(route, question) : {};
  const token = createToken();
  const t = await getTranslator(context.locale, 'wizard');
  const id = await prisma.$transaction(async (tx) => {
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
    return plan.id;
  });
  return { kind: 'ok', value: { token, id } };
}

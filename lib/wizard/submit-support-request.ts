// Asking the coordination team for support at one of the three levels, from a plan: the request,
// its audit event and the confirmation e-mail in one transaction, through the public-form kernel.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import { getTranslator } from '@/lib/i18n/translate';
import { findNetworkPlan, type NetworkPlanView } from '@/lib/wizard/find-network-plan';
import { supportRequestSchema } from '@/lib/wizard/network-plan-schemas';

type SupportContext = SubmissionContext & { plan: NetworkPlanView };

export const supportRequestForm: PublicForm<typeof supportRequestSchema, { id: string; supportLevel: string }, SupportContext> = {
  name: 'support-request',
  schema: supportRequestSchema,
  rateLimit: 'supportRequest',
  async store(tx, request, { plan, locale }) {
    const t = await getTranslator(locale, 'wizard');
    const levelName = t(`support.levels.${request.supportLevel}.name`);
    const row = await tx.supportRequest.create({
      data: {
        networkPlanId: plan.id,
        supportLevelId: request.supportLevel,
        contactName: request.contactName,
        contactEmail: request.contactEmail,
        organisation: request.organisation ?? null,
        message: request.message ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actorLabel: 'public', itemType: 'support_request', itemId: row.id, action: 'created' });
    await queueEmail(tx, {
      to: request.contactEmail,
      subject: t('email.supportSubject'),
      text: t('email.supportBody', { name: request.contactName, level: levelName, plan: plan.title ?? '' }),
      template: 'support-request-received',
      itemType: 'support_request',
      itemId: row.id,
    });
    return { id: row.id, supportLevel: request.supportLevel };
  },
};

export async function submitSupportRequest(
  prisma: Db,
  token: string,
  input: unknown,
  context: SubmissionContext,
): Promise<SubmissionOutcome<{ id: string; supportLevel: string } | undefined> | { kind: 'not-found' }> {
  const plan = await findNetworkPlan(prisma, token);
  if (!plan) return { kind: 'not-found' };
  return submitPublicForm(prisma, supportRequestForm, input, { ...context, plan });
}

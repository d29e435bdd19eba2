// Asking the coordination team for support at one of the three levels, from a plan: the request,
// its audit event and the confirmation e-mail in one transaction.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import { isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { supportRequestSchema } from '@/lib/wizard/network-plan-schemas';

export async function submitSupportRequest(
  prisma: Db,
  token: string,
  input: unknown,
  context: { ip: string; locale: Locale },
): Promise<SubmissionOutcome<{ id: string; supportLevel: string } | undefined> | { kind: 'not-found' }> {
  const plan = await findNetworkPlan(prisma, token);
  if (!plan) return { kind: 'not-found' };
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const limit = await hitRateLimit(prisma, 'supportRequest', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = supportRequestSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };

  const request = parsed.data;
  const t = await getTranslator(context.locale, 'wizard');
  const levelName = t(`support.levels.${request.supportLevel}.name`);
  const id = await prisma.$transaction(async (tx) => {
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
    return row.id;
  });
  return { kind: 'ok', value: { id, supportLevel: request.supportLevel } };
}

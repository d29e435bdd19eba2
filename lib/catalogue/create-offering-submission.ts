// Stores a proposed offering as `submitted` (not public until the coordination team publishes it),
// with its submission record, audit event and the provider's confirmation e-mail, in one transaction.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import { isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { PARSE_OPTIONS } from '@/lib/validation/describe-issue';
import { offeringSubmissionSchema } from '@/lib/catalogue/offering-submission-schema';
import { slugify } from '@/lib/catalogue/slugify';

export interface CreatedSubmission {
  offeringId: string;
  submissionId: string;
  slug: string;
  title: string;
}

/** A slug not yet taken: the title's slug, or it with -2, -3, … */
async function freeSlug(prisma: Db, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (await prisma.offering.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

export async function createOfferingSubmission(
  prisma: Db,
  input: unknown,
  context: { ip: string; locale: Locale; networkPlanId?: string },
): Promise<SubmissionOutcome<CreatedSubmission>> {
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const limit = await hitRateLimit(prisma, 'offeringSubmission', context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = offeringSubmissionSchema.safeParse(input, PARSE_OPTIONS);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };

  const { submitterName, submitterEmail, submitterOrganisation, message, learningForm, startDate, endDate, ...content } = parsed.data;
  const t = await getTranslator(context.locale, 'submission');
  for (let attempt = 0; ; attempt++) {
    const slug = await freeSlug(prisma, content.title);
    try {
      const created = await prisma.$transaction(async (tx) => {
        const offering = await tx.offering.create({
          data: {
            ...content,
            slug,
            learningFormId: learningForm,
            startDate: startDate ? new Date(`${startDate}T00:00:00Z`) : undefined,
            endDate: endDate ? new Date(`${endDate}T00:00:00Z`) : undefined,
            status: 'submitted',
          },
          select: { id: true },
        });
        const submission = await tx.offeringSubmission.create({
          data: {
            offeringId: offering.id,
            networkPlanId: context.networkPlanId,
            submitterName,
            submitterEmail,
            submitterOrganisation: submitterOrganisation || null,
            message: message || null,
          },
          select: { id: true },
        });
        await recordAudit(tx, { actorLabel: 'public', itemType: 'offering_submission', itemId: submission.id, action: 'created' });
        await queueEmail(tx, {
          to: submitterEmail,
          subject: t('email.subject', { title: content.title }),
          text: t('email.body', { name: submitterName, title: content.title }),
          template: 'offering-submitted',
          itemType: 'offering_submission',
          itemId: submission.id,
        });
        return { offeringId: offering.id, submissionId: submission.id, slug, title: content.title };
      });
      return { kind: 'ok', value: created };
    } catch (error) {
      // Someone took the same slug a moment ago: choose again.
      if ((error as { code?: string }).code === 'P2002' && attempt < 3) continue;
      throw error;
    }
  }
}

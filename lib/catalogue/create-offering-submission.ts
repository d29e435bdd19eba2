// Stores a proposed offering as `submitted` (not public until the coordination team publishes it),
// with its submission record, audit event and the provider's confirmation e-mail, in one transaction,
// through the public-form kernel (honeypot, rate limit, schema, idempotency).
import 'server-only';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/queue-email';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import { getTranslator } from '@/lib/i18n/translate';
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

export const offeringSubmissionForm: PublicForm<typeof offeringSubmissionSchema, CreatedSubmission, SubmissionContext & { networkPlanId?: string }> = {
  name: 'offering-submission',
  schema: offeringSubmissionSchema,
  rateLimit: 'offeringSubmission',
  check: async (prisma, proposal) => checkThemeIds(await loadThemes(prisma), proposal.themes, ['themes']),
  async store(tx, proposal, context) {
    const { submitterName, submitterEmail, submitterOrganisation, message, learningForm, startDate, endDate, ...content } = proposal;
    const t = await getTranslator(context.locale, 'submission');
    // Taken by someone else a moment ago: the kernel runs this again (unique violation).
    const slug = await freeSlug(context.prisma, content.title);
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
  },
};

export function createOfferingSubmission(
  prisma: Db,
  input: unknown,
  context: SubmissionContext & { networkPlanId?: string },
): Promise<SubmissionOutcome<CreatedSubmission>> {
  return submitPublicForm(prisma, offeringSubmissionForm, input, context);
}

// Stores a proposed meeting (not public until the coordination team publishes it from the inbox)
// with its proposal record, audit event and the organiser's confirmation e-mail, in one transaction,
// through the public-form kernel (honeypot, rate limit, schema, idempotency).
import 'server-only';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { slugify } from '@/lib/catalogue/slugify';
import { queueEmail } from '@/lib/email/queue-email';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import { submitPublicForm, type PublicForm, type SubmissionContext } from '@/lib/forms/public-form';
import { getTranslator } from '@/lib/i18n/translate';
import { meetingColumns } from './meeting-data';
import { meetingProposalSchema } from './meeting-proposal-schema';
import { writeMeetingOccurrences } from './write-meeting-occurrences';

export interface CreatedMeetingProposal {
  meetingId: string;
  proposalId: string;
  title: string;
}

/** A meeting slug not yet taken: the title's slug, or it with -2, -3, … */
export async function freeMeetingSlug(prisma: Pick<Db, 'meeting'>, title: string): Promise<string> {
  const base = slugify(title).replace(/^aanbod-/, 'bijeenkomst-');
  const taken = new Set((await prisma.meeting.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

export const meetingProposalForm: PublicForm<typeof meetingProposalSchema, CreatedMeetingProposal> = {
  name: 'meeting-proposal',
  schema: meetingProposalSchema,
  rateLimit: 'meetingProposal',
  check: async (prisma, proposal) => checkThemeIds(await loadThemes(prisma), proposal.themes, ['themes']),
  async store(tx, proposal, context) {
    const { submitterName, submitterEmail, submitterOrganisation, message, offering: offeringSlug, ...content } = proposal;
    const t = await getTranslator(context.locale, 'MeetingProposal');
    // An offering the proposal names, when it is in the catalogue; otherwise the team links it on publishing.
    const offering = offeringSlug ? await tx.offering.findFirst({ where: { slug: offeringSlug, status: 'published' }, select: { id: true } }) : null;
    const slug = await freeMeetingSlug(context.prisma, content.title);
    const meeting = await tx.meeting.create({ data: { ...meetingColumns(content), slug, offeringId: offering?.id ?? null }, select: { id: true } });
    await writeMeetingOccurrences(tx, [meeting.id]);
    const row = await tx.meetingProposal.create({
      data: { meetingId: meeting.id, submitterName, submitterEmail, submitterOrganisation: submitterOrganisation || null, message: message || null, locale: context.locale },
      select: { id: true },
    });
    await recordAudit(tx, { actorLabel: 'public', itemType: 'meeting_proposal', itemId: row.id, action: 'created' });
    await queueEmail(tx, {
      to: submitterEmail,
      subject: t('email.subject', { title: content.title }),
      text: t('email.body', { name: submitterName, title: content.title }),
      template: 'meeting-proposed',
      itemType: 'meeting_proposal',
      itemId: row.id,
    });
    return { meetingId: meeting.id, proposalId: row.id, title: content.title };
  },
};

export function submitMeetingProposal(prisma: Db, input: unknown, context: SubmissionContext): Promise<SubmissionOutcome<CreatedMeetingProposal>> {
  return submitPublicForm(prisma, meetingProposalForm, input, context);
}

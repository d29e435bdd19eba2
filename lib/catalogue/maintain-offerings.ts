// Catalogue upkeep by the coordination team: edit a published offering's texts, mark it reviewed,
// mark it verified (its current state checked: a seeded example network is then presented as it is),
// archive it; offerings not reviewed for twelve months are "review due", and offerings that need
// verifying come first (decision 0121). Optimistic locking on the
// offering's version; every change on the audit trail with before and after.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { diffChanges, recordAudit } from '@/lib/audit/record-audit';
import { offeringContentShape } from './offering-record';

export const REVIEW_INTERVAL_MONTHS = 12;

/** The fields the team edits in the dashboard: the offering record's own rules (same schema as import). */
export const offeringEditSchema = z.object({
  title: offeringContentShape.title,
  summary: offeringContentShape.summary,
  description: offeringContentShape.description,
  openToJoin: z.preprocess((value) => value === 'true' || value === true, z.boolean()),
  contactEmail: offeringContentShape.contactEmail,
  url: offeringContentShape.url,
});

export function reviewDueBefore(now: Date): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - REVIEW_INTERVAL_MONTHS);
  return date;
}

export async function listOfferingsForUpkeep(prisma: Db, options: { reviewDue: boolean; page: number; now?: Date }) {
  const due = reviewDueBefore(options.now ?? new Date());
  const where = {
    status: 'published' as const,
    ...(options.reviewDue ? { OR: [{ lastReviewedAt: null }, { lastReviewedAt: { lt: due } }] } : {}),
  };
  const [offerings, total] = await Promise.all([
    prisma.offering.findMany({
      where,
      orderBy: [{ needsVerification: 'desc' }, { lastReviewedAt: { sort: 'asc', nulls: 'first' } }, { title: 'asc' }],
      take: 50,
      skip: (options.page - 1) * 50,
      select: {
        id: true, title: true, slug: true, lastReviewedAt: true, publishedAt: true, version: true,
        needsVerification: true, lastVerifiedAt: true, lastVerifiedBy: { select: { name: true } },
      },
    }),
    prisma.offering.count({ where }),
  ]);
  return { offerings: offerings.map((offering) => ({ ...offering, reviewDue: !offering.lastReviewedAt || offering.lastReviewedAt < due })), total };
}

export type UpkeepOutcome = { kind: 'ok' } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid'; error: z.ZodError };

export async function updateOffering(
  prisma: Db,
  actorId: string,
  offeringId: string,
  expectedVersion: number,
  change: { edit?: unknown; reviewed?: boolean; verified?: boolean; archive?: boolean },
): Promise<UpkeepOutcome> {
  const edit = change.edit === undefined ? undefined : offeringEditSchema.safeParse(change.edit);
  if (edit && !edit.success) return { kind: 'invalid', error: edit.error };
  return prisma.$transaction(async (tx) => {
    const current = await tx.offering.findUnique({ where: { id: offeringId } });
    if (!current) return { kind: 'not-found' as const };
    const now = new Date();
    const data = {
      ...(edit?.success ? { ...edit.data, description: edit.data.description ?? null, contactEmail: edit.data.contactEmail ?? null, url: edit.data.url ?? null } : {}),
      ...(change.reviewed || change.verified || edit?.success ? { lastReviewedAt: now } : {}),
      ...(change.verified ? { needsVerification: false, lastVerifiedAt: now, lastVerifiedById: actorId } : {}),
      ...(change.archive ? { status: 'archived' as const } : {}),
    };
    const updated = await tx.offering.updateMany({ where: { id: offeringId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) return { kind: 'conflict' as const };
    const changes = diffChanges(current as unknown as Record<string, unknown>, data, ['title', 'summary', 'description', 'openToJoin', 'contactEmail', 'url', 'status', 'lastReviewedAt', 'needsVerification', 'lastVerifiedAt', 'lastVerifiedById']);
    const action = change.archive ? 'offering.archived' : edit ? 'offering.edited' : change.verified ? 'offering.verified' : 'offering.reviewed';
    await recordAudit(tx, { actorId, itemType: 'offering', itemId: offeringId, action, changes });
    return { kind: 'ok' as const };
  });
}

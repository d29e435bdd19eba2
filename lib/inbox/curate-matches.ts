// A coordinator curates a learning question's matches: add an offering, remove one, move one up or
// down. The ranks stay 1..n; each change is on the timeline with the list before and after.
import 'server-only';
import type { Db } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { claimItemVersion } from './update-inbox-item';

export type MatchChange = { op: 'add' | 'remove' | 'up' | 'down'; offeringId: string };

export type CurateOutcome = { kind: 'ok' } | { kind: 'conflict' } | { kind: 'not-found' } | { kind: 'invalid' };

/** The new order of offering ids after a change (pure). */
export function reorderMatches(current: string[], change: MatchChange): string[] | null {
  const index = current.indexOf(change.offeringId);
  const next = [...current];
  switch (change.op) {
    case 'add':
      return index === -1 ? [...current, change.offeringId] : null;
    case 'remove':
      return index === -1 ? null : current.filter((id) => id !== change.offeringId);
    case 'up':
      if (index <= 0) return null;
      [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
      return next;
    case 'down':
      if (index === -1 || index === current.length - 1) return null;
      [next[index + 1], next[index]] = [next[index]!, next[index + 1]!];
      return next;
  }
}

export async function curateMatches(prisma: Db, actorId: string, questionId: string, expectedVersion: number, change: MatchChange): Promise<CurateOutcome> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimItemVersion(tx, { type: 'question', id: questionId }, expectedVersion);
    if (claim.kind !== 'ok') return claim;
    const matches = await tx.matchResult.findMany({ where: { learningQuestionId: questionId }, orderBy: { rank: 'asc' }, include: { offering: { select: { slug: true } } } });
    const before = matches.map((match) => match.offeringId);
    const after = reorderMatches(before, change);
    if (!after) throw new InvalidMatchChange();
    if (change.op === 'add') {
      const offering = await tx.offering.findFirst({ where: { id: change.offeringId, status: 'published' }, select: { id: true } });
      if (!offering) throw new InvalidMatchChange();
      await tx.matchResult.create({ data: { learningQuestionId: questionId, offeringId: change.offeringId, rank: after.length, score: 0, checks: [], source: 'coordinator' } });
    }
    if (change.op === 'remove') await tx.matchResult.deleteMany({ where: { learningQuestionId: questionId, offeringId: change.offeringId } });
    // Two passes so the ranks never collide midway.
    for (const [index, offeringId] of after.entries()) {
      await tx.matchResult.updateMany({ where: { learningQuestionId: questionId, offeringId }, data: { rank: -(index + 1) } });
    }
    await tx.$executeRaw`UPDATE match_results SET rank = -rank WHERE learning_question_id = ${questionId}::uuid AND rank < 0`;
    const slugs = new Map(matches.map((match) => [match.offeringId, match.offering.slug]));
    const added = change.op === 'add' ? await tx.offering.findUnique({ where: { id: change.offeringId }, select: { slug: true } }) : null;
    if (added) slugs.set(change.offeringId, added.slug);
    await recordAudit(tx, {
      actorId,
      itemType: 'learning_question',
      itemId: questionId,
      action: 'question.matches-changed',
      changes: { matches: { before: before.map((id) => slugs.get(id)), after: after.map((id) => slugs.get(id)) } },
    });
    return { kind: 'ok' as const };
  }).catch((error: unknown) => {
    if (error instanceof InvalidMatchChange) return { kind: 'invalid' as const };
    throw error;
  });
}

class InvalidMatchChange extends Error {}

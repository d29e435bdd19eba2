// The coordination team keeps the learning agenda current: add a theme, change its names, description,
// related themes and gap mark (with the reason), retire it or bring it back. Every change is on the
// audit trail with before and after, in the transaction of the change. Nothing is cached: the next
// request of any page, filter, API or matchmaking reads the new state (decision 0120).
import 'server-only';
import { z } from 'zod';
import { diffChanges, recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db/client';
import { newThemeSchema, themeContentSchema } from './theme-schema';

export type ThemeOutcome = { kind: 'ok'; id: string } | { kind: 'invalid'; error: z.ZodError } | { kind: 'taken' } | { kind: 'not-found' } | { kind: 'conflict' };

const FIELDS = ['nameNl', 'nameEn', 'descriptionNl', 'descriptionEn', 'domain', 'relatedThemeIds', 'isGapTheme', 'gapReasonNl', 'gapReasonEn', 'retiredAt'] as const;

function issue(path: string, message: string, input: unknown): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [path], message, input }]);
}

/** Related themes must exist and not be the theme itself. */
async function unknownRelated(prisma: Db, id: string, related: string[]): Promise<z.ZodError | null> {
  if (related.includes(id)) return issue('relatedThemeIds', 'invalid', id);
  const found = await prisma.theme.count({ where: { id: { in: related } } });
  return found === related.length ? null : issue('relatedThemeIds', 'invalid', related);
}

const stored = (content: z.output<typeof themeContentSchema>) => ({
  ...content,
  gapReasonNl: content.isGapTheme ? (content.gapReasonNl ?? null) : null,
  gapReasonEn: content.isGapTheme ? (content.gapReasonEn ?? null) : null,
});

export async function addTheme(prisma: Db, actorId: string, input: unknown): Promise<ThemeOutcome> {
  const parsed = newThemeSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };
  const { id, ...content } = parsed.data;
  const related = await unknownRelated(prisma, id, content.relatedThemeIds);
  if (related) return { kind: 'invalid', error: related };
  return prisma.$transaction(async (tx) => {
    if (await tx.theme.findUnique({ where: { id }, select: { id: true } })) return { kind: 'taken' as const };
    const last = await tx.theme.aggregate({ _max: { sortOrder: true } });
    const data = { id, ...stored(content), sortOrder: (last._max.sortOrder ?? -1) + 1 };
    await tx.theme.create({ data });
    await recordAudit(tx, { actorId, itemType: 'theme', itemId: id, action: 'theme.added', changes: diffChanges({} as Record<string, unknown>, data, [...FIELDS]) });
    return { kind: 'ok' as const, id };
  });
}

/**
 * Change a theme's content. `seenAt` is the theme's `updatedAt` the member saw (ISO): a theme changed
 * by someone else since is refused rather than overwritten.
 */
export async function changeTheme(prisma: Db, actorId: string, id: string, seenAt: string, input: unknown): Promise<ThemeOutcome> {
  const parsed = themeContentSchema.safeParse(input);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };
  const related = await unknownRelated(prisma, id, parsed.data.relatedThemeIds);
  if (related) return { kind: 'invalid', error: related };
  return prisma.$transaction(async (tx) => {
    const current = await tx.theme.findUnique({ where: { id } });
    if (!current) return { kind: 'not-found' as const };
    const data = stored(parsed.data);
    const updated = await tx.theme.updateMany({ where: { id, updatedAt: new Date(seenAt) }, data });
    if (updated.count === 0) return { kind: 'conflict' as const };
    const changes = diffChanges(current as unknown as Record<string, unknown>, data, [...FIELDS]);
    const action = 'isGapTheme' in changes ? (data.isGapTheme ? 'theme.marked-gap' : 'theme.unmarked-gap') : 'theme.changed';
    await recordAudit(tx, { actorId, itemType: 'theme', itemId: id, action, changes });
    return { kind: 'ok' as const, id };
  });
}

/** Retire a theme (it stays on offerings and questions that have it, but is no longer offered) or bring it back. */
export async function setThemeRetired(prisma: Db, actorId: string, id: string, seenAt: string, retired: boolean): Promise<ThemeOutcome> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.theme.findUnique({ where: { id } });
    if (!current) return { kind: 'not-found' as const };
    const retiredAt = retired ? (current.retiredAt ?? new Date()) : null;
    const updated = await tx.theme.updateMany({ where: { id, updatedAt: new Date(seenAt) }, data: { retiredAt } });
    if (updated.count === 0) return { kind: 'conflict' as const };
    await recordAudit(tx, {
      actorId,
      itemType: 'theme',
      itemId: id,
      action: retired ? 'theme.retired' : 'theme.restored',
      changes: diffChanges(current as unknown as Record<string, unknown>, { retiredAt }, ['retiredAt']),
    });
    return { kind: 'ok' as const, id };
  });
}

// The themes of the learning agenda, read from the database for each request: a change by the
// coordination team shows in forms, filters, the API and matchmaking at once, on every instance,
// without a restart (no module-level copy; decision 0120).
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { themeIdSchema } from './theme-id';
import { themeVocabulary, type ThemeVocabulary } from './theme-vocabulary';

export async function loadThemes(prisma: Db | Prisma.TransactionClient): Promise<ThemeVocabulary> {
  const rows = await prisma.theme.findMany({
    select: {
      id: true, nameNl: true, nameEn: true, descriptionNl: true, descriptionEn: true, isGapTheme: true, gapReasonNl: true, gapReasonEn: true,
      domain: true, relatedThemeIds: true, relatedWordsNl: true, retiredAt: true, sortOrder: true,
    },
  });
  return themeVocabulary(rows);
}

/**
 * Issues for the theme ids of new input that the learning agenda does not offer (unknown or retired),
 * at `path` + index, worded like the schema's own issues. `keep` lists ids the item already had
 * (a retired theme may stay where it was).
 */
export function checkThemeIds(vocabulary: ThemeVocabulary, ids: readonly string[], path: (string | number)[], keep: readonly string[] = []): z.core.$ZodIssue[] {
  return ids.flatMap((id, index) =>
    vocabulary.isOffered(id) || (keep.includes(id) && vocabulary.isKnown(id))
      ? []
      : [{ code: 'invalid_value' as const, values: vocabulary.offered.map((theme) => theme.id), path: [...path, index], message: 'Invalid option', input: id }],
  );
}

/** The same check on raw input (before or beside the schema): only the well-formed ids of a list are checked, at their own index. */
export function checkRawThemeIds(vocabulary: ThemeVocabulary, raw: unknown, path: (string | number)[]): z.core.$ZodIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((id, index) =>
    typeof id === 'string' && themeIdSchema.safeParse(id).success ? checkThemeIds(vocabulary, [id], path).map((issue) => ({ ...issue, path: [...path, index] })) : [],
  );
}

// Parses the catalogue query of a request (API, CSV) with the one schema, then checks the theme
// filter against the learning agenda as it is now (a theme the agenda has never had is refused,
// naming the parameter; a retired one still finds the offerings that carry it).
import 'server-only';
import { z } from 'zod';
import { offeringQuerySchema, readOfferingQueryParams } from '@/lib/catalogue/offering-query';
import type { Db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { parseInput } from '@/lib/validation/parse-input';

export async function parseOfferingQuery(prisma: Db, params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const parsed = parseInput(offeringQuerySchema, readOfferingQueryParams(params));
  if (!parsed.success || parsed.data.theme.length === 0) return parsed;
  const themes = await loadThemes(prisma);
  const issues = parsed.data.theme.flatMap((id, index): z.core.$ZodIssue[] =>
    themes.isKnown(id) ? [] : [{ code: 'invalid_value', values: themes.offered.map((theme) => theme.id), path: ['theme', index], message: 'Invalid option', input: id }],
  );
  return issues.length > 0 ? { success: false as const, error: new z.ZodError(issues), data: undefined } : parsed;
}

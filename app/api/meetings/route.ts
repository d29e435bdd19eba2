// GET /api/meetings — the agenda as open data: the filters of /agenda, paging; ?when=past for the archive.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { checkThemeIds, loadThemes } from '@/lib/themes/load-themes';
import { meetingListItem } from '@/lib/agenda/meeting-api';
import { meetingQuerySchema, readMeetingQueryParams } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { parseInput } from '@/lib/validation/parse-input';
import { z } from 'zod';

const whenSchema = z.object({ when: z.enum(['upcoming', 'past']).default('upcoming') });

export const GET = readRoute(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const locale = requestedLocale(request.headers);
  const parsed = parseInput(meetingQuerySchema, readMeetingQueryParams(params));
  if (!parsed.success) return invalidInput(parsed.error, locale);
  // Theme ids are checked against the learning agenda as it is now (decision 0120), as in /api/offerings.
  const unknownThemes = checkThemeIds(await loadThemes(db()), parsed.data.theme, ['theme'], parsed.data.theme);
  if (unknownThemes.length > 0) return invalidInput(new z.ZodError(unknownThemes), locale);
  const when = parseInput(whenSchema, { when: params.get('when') ?? undefined });
  if (!when.success) return invalidInput(when.error, locale);
  const result = await searchMeetings(db(), parsed.data, when.data.when);
  const origin = siteOrigin(request);
  return Response.json(
    { items: result.items.map((item) => meetingListItem(item, origin)), total: result.total, page: result.page, pageSize: result.pageSize, facets: result.facets },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});

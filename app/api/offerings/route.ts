// GET /api/offerings — the open-data search API (stable contract, see README).
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { parseOfferingQuery } from '@/lib/catalogue/read-offering-query';
import { searchOfferings } from '@/lib/catalogue/search-offerings';
import { offeringPagePath, siteOrigin } from '@/lib/catalogue/offering-page-url';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';

export const GET = readRoute(async (request: Request) => {
  const parsed = await parseOfferingQuery(db(), new URL(request.url).searchParams);
  if (!parsed.success) return invalidInput(parsed.error, requestedLocale(request.headers));
  const result = await searchOfferings(db(), parsed.data);
  const origin = siteOrigin(request);
  return Response.json(
    {
      items: result.items.map((item) => ({ ...item, url: `${origin}${offeringPagePath(item.slug)}` })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      facets: result.facets,
      corrections: result.corrections,
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});

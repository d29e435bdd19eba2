// GET /api/offerings.csv — every published offering matching the same filters as /api/offerings.
import { writeCsv } from '@/lib/csv/write-csv';
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { parseOfferingQuery } from '@/lib/catalogue/read-offering-query';
import { CSV_COLUMNS, CSV_MAX_ROWS, offeringCsvRow } from '@/lib/catalogue/offering-csv';
import { searchOfferings } from '@/lib/catalogue/search-offerings';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';

export const GET = readRoute(async (request: Request) => {
  const parsed = await parseOfferingQuery(db(), new URL(request.url).searchParams);
  if (!parsed.success) return invalidInput(parsed.error, requestedLocale(request.headers));
  const result = await searchOfferings(db(), { ...parsed.data, page: 1, pageSize: CSV_MAX_ROWS });
  const origin = siteOrigin(request);
  const csv = writeCsv(CSV_COLUMNS, result.items.map((item) => offeringCsvRow(item, origin)));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="aanbod.csv"',
      'Access-Control-Allow-Origin': '*',
    },
  });
});

// GET /api/offerings/<slug> — one published offering; 404 JSON when there is none.
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { findPublishedOffering, offeringApiRecord } from '@/lib/catalogue/find-published-offering';
import { offeringPagePath, siteOrigin } from '@/lib/catalogue/offering-page-url';
import { notFoundJson } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';

export const GET = readRoute(async (request: Request, { params }: RouteContext<'/api/offerings/[slug]'>) => {
  const { slug } = await params;
  const found = await findPublishedOffering(db(), slug);
  if (!found) return notFoundJson('Aanbod', 'Offering', requestedLocale(request.headers));
  return Response.json(offeringApiRecord(found, `${siteOrigin(request)}${offeringPagePath(slug)}`), {
    headers: { 'Access-Control-Allow-Origin': '*' },
  });
});

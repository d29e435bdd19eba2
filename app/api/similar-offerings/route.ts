// GET /api/similar-offerings?title=… — published offerings with a very similar title (for the
// "Zelf leeraanbod bijdragen" form, before it is sent).
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { findSimilarOfferings } from '@/lib/catalogue/find-similar-offerings';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';

export const GET = readRoute(async (request: Request) => {
  const title = new URL(request.url).searchParams.get('title') ?? '';
  const items = await findSimilarOfferings(db(), title);
  return Response.json({ items: items.map((item) => ({ ...item, path: offeringPagePath(item.slug) })) });
});

// GET /api/knowledge-products — the knowledge base as open data: the /kennisbank query (q, kind,
// theme, targetGroup, form, page, pageSize), strictly read: an unknown value answers 400.
import { readRoute } from '@/lib/http/guard-request';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { db } from '@/lib/db/client';
import { invalidInput } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { knowledgeQuerySchema, readKnowledgeQueryParams } from '@/lib/knowledge/knowledge-query';
import { searchKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';
import { parseInput } from '@/lib/validation/parse-input';

export const GET = readRoute(async (request: Request) => {
  const parsed = parseInput(knowledgeQuerySchema, readKnowledgeQueryParams(new URL(request.url).searchParams));
  if (!parsed.success) return invalidInput(parsed.error, requestedLocale(request.headers));
  const result = await searchKnowledgeProducts(db(), parsed.data);
  const origin = siteOrigin(request);
  return Response.json(
    {
      items: result.items.map(({ hasFile, ...item }) => ({
        ...item,
        fileUrl: hasFile ? `${origin}/api/knowledge-products/${item.slug}/file` : null,
        pageUrl: `${origin}/kennisbank/${item.slug}`,
      })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      facets: result.facets,
      corrections: result.corrections,
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});

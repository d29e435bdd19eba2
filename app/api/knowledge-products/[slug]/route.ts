// GET /api/knowledge-products/<slug> — one published knowledge product with every attribute; 404 JSON otherwise.
import { readRoute } from '@/lib/http/guard-request';
import { siteOrigin } from '@/lib/catalogue/offering-page-url';
import { db } from '@/lib/db/client';
import { notFoundJson } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { findPublishedKnowledgeProduct } from '@/lib/knowledge/find-knowledge-product';
import { PRACTICE_FIELDS } from '@/lib/knowledge/knowledge-vocabularies';

export const GET = readRoute(async (request: Request, { params }: RouteContext<'/api/knowledge-products/[slug]'>) => {
  const { slug } = await params;
  const product = await findPublishedKnowledgeProduct(db(), slug);
  if (!product) return notFoundJson('Kennisproduct', 'Knowledge product', requestedLocale(request.headers));
  const origin = siteOrigin(request);
  return Response.json(
    {
      slug: product.slug,
      kind: product.kind,
      title: product.title,
      summary: product.summary,
      body: product.body,
      themes: product.themes,
      targetGroups: product.targetGroups,
      learningForms: product.learningForms,
      authors: product.authors,
      organisation: product.organisation,
      publishedOn: product.publishedOn ? product.publishedOn.toISOString().slice(0, 10) : null,
      language: product.language,
      url: product.url,
      file: product.fileKey ? { url: `${origin}/api/knowledge-products/${product.slug}/file`, name: product.fileName, size: product.fileSize, type: 'application/pdf' } : null,
      practice: product.kind === 'practice-example' ? Object.fromEntries(PRACTICE_FIELDS.map((field) => [field.replace(/^practice/, '').replace(/^./, (c) => c.toLowerCase()), product[field]])) : null,
      offerings: product.offerings.map(({ offering }) => ({ slug: offering.slug, title: offering.title, url: `${origin}/aanbod/${offering.slug}` })),
      publishedAt: product.publishedAt?.toISOString() ?? null,
      pageUrl: `${origin}/kennisbank/${product.slug}`,
    },
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
});

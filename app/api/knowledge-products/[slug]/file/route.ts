// The PDF of a published knowledge product, streamed from the file store (decision 0111): always as
// a download of type application/pdf, never sniffed, and sandboxed should a browser render it anyway.
import { readRoute } from '@/lib/http/guard-request';
import { db } from '@/lib/db/client';
import { fileStore } from '@/lib/files/file-store';
import { findPublishedKnowledgeProduct } from '@/lib/knowledge/find-knowledge-product';
import { DOWNLOAD_CONTENT_SECURITY_POLICY } from '@/lib/security-headers';

export const GET = readRoute(async (_request: Request, { params }: RouteContext<'/api/knowledge-products/[slug]/file'>) => {
  const { slug } = await params;
  const product = await findPublishedKnowledgeProduct(db(), slug);
  const stored = product?.fileKey ? await fileStore().read(product.fileKey) : null;
  if (!product || !stored) return Response.json({ error: 'Bestand niet gevonden / File not found' }, { status: 404 });
  const name = product.fileName ?? 'document.pdf';
  return new Response(stored.stream, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(stored.size),
      'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': DOWNLOAD_CONTENT_SECURITY_POLICY,
      'Cache-Control': 'public, max-age=300',
    },
  });
});

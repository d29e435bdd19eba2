// POST /api/volgen/afmelden/<token> — one-click unsubscribe from a digest's List-Unsubscribe header
// (RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" from its own servers, without a
// browser, cookie or Origin, which the request gate lets through; a page of another site cannot).
// Removes the subscription and its address; 200 also when already gone.
import { db } from '@/lib/db/client';
import { unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';
import { guardedRoute } from '@/lib/http/guard-request';

export const POST = guardedRoute(async (_request, { params }: RouteContext<'/api/volgen/afmelden/[token]'>) => {
  await unsubscribeFollowing(db(), (await params).token);
  return Response.json({ status: 'unsubscribed' }, { headers: { 'Cache-Control': 'no-store' } });
});

// POST /api/volgen/afmelden/<token> — one-click unsubscribe from a digest's List-Unsubscribe header
// (RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" from its own servers, without a
// browser, cookie or origin). Removes the subscription and its address; 200 also when already gone.
import { db } from '@/lib/db/client';
import { guardedRoute } from '@/lib/http/guard-request';
import { unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';

export const POST = guardedRoute(async (_request: Request, { params }: RouteContext<'/api/volgen/afmelden/[token]'>) => {
  await unsubscribeFollowing(db(), (await params).token);
  return Response.json({ status: 'unsubscribed' }, { headers: { 'Cache-Control': 'no-store' } });
});

// GET /api/beheer/inbox/export?<inbox filters> — the filtered inbox as CSV (team only).
import { authorizeApiRequest } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { getTranslator, requestedLocale } from '@/lib/i18n/translate';
import { inboxCsv } from '@/lib/inbox/inbox-csv';
import { parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { listInboxItems } from '@/lib/inbox/list-inbox-items';

export const GET = readRoute(async (request: Request) => {
  const member = await authorizeApiRequest('coordinator');
  if (member instanceof Response) return member;
  const filters = parseInboxFilters(new URL(request.url).searchParams);
  const { items } = await listInboxItems(db(), { ...filters, page: 1 }, member.id, { limit: 'all' });
  const t = await getTranslator(requestedLocale(request.headers) ?? 'nl', 'admin');
  const date = new Date().toISOString().slice(0, 10);
  return new Response(inboxCsv(items, t), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="inbox-${date}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

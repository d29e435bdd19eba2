// GET /api/beheer/lacunes/export — demand against supply per theme and scale, as CSV (team only).
import { authorizeApiRequest } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { readRoute } from '@/lib/http/guard-request';
import { gapsCsv } from '@/lib/gaps/gaps-csv';
import { measureGaps } from '@/lib/gaps/measure-gaps';

export const GET = readRoute(async () => {
  const member = await authorizeApiRequest('coordinator');
  if (member instanceof Response) return member;
  return new Response(gapsCsv(await measureGaps(db())), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="lacunes-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});

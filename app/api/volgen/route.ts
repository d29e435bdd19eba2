// POST /api/volgen {"email", "filters": {q and every catalogue filter (theme[], form[], …, sector[], sectorScope[], open) — the catalogue's query parameters}}
// → 201 (a confirmation e-mail is on its way), 400 with field errors, 429 when rate limited.
import { db } from '@/lib/db/client';
import { followCatalogueSearch } from '@/lib/following/follow-catalogue-search';
import { outcomeResponse } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

export async function POST(request: Request) {
  const input: unknown = await request.json().catch(() => null);
  const locale = requestedLocale(request.headers);
  const outcome = await followCatalogueSearch(db(), input, { ip: clientIp(request.headers), locale: locale ?? 'nl' });
  return outcomeResponse(outcome, locale, () => ({ status: 'confirmation-sent' }));
}

// POST /api/offering-submissions — "Zelf leeraanbod bijdragen" with JavaScript (201/400/429).
import { db } from '@/lib/db/client';
import { createOfferingSubmission } from '@/lib/catalogue/create-offering-submission';
import { outcomeResponse } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

export async function POST(request: Request) {
  const input: unknown = await request.json().catch(() => null);
  const locale = requestedLocale(request.headers);
  const outcome = await createOfferingSubmission(db(), input, { ip: clientIp(request.headers), locale: locale ?? 'nl' });
  return outcomeResponse(outcome, locale, (created) => ({ status: 'received', title: created?.title }));
}

import { db } from '@/lib/db/client';
import { submitContactMessage } from '@/lib/contact/submit-contact-message';
import { outcomeResponse } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';

export async function POST(request: Request) {
  const input: unknown = await request.json().catch(() => null);
  const locale = requestedLocale(request.headers);
  const outcome = await submitContactMessage(db(), input, { ip: clientIp(request.headers), locale: locale ?? 'nl' });
  return outcomeResponse(outcome, locale, () => ({ status: 'received' }));
}

import { db } from '@/lib/db/client';
import { notFoundJson, outcomeResponse } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import { submitSupportRequest } from '@/lib/wizard/submit-support-request';

/** A support request from a plan: 201, 400 with issues per field, 404, 429. */
export async function POST(request: Request, { params }: RouteContext<'/api/netwerkplannen/[token]/ondersteuning'>) {
  const { token } = await params;
  const input: unknown = await request.json().catch(() => null);
  const locale = requestedLocale(request.headers);
  const outcome = await submitSupportRequest(db(), token, input, { ip: clientIp(request.headers), locale: locale ?? 'nl' });
  if (outcome.kind === 'not-found') return notFoundJson('Plan', 'Plan', locale);
  return outcomeResponse(outcome, locale, (value) => ({ status: 'received', supportLevel: value?.supportLevel }));
}

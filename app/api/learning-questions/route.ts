import { db } from '@/lib/db/client';
import { outcomeResponse } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { submitLearningQuestion } from '@/lib/matchmaking/submit-learning-question';
import { clientIp } from '@/lib/security/client-ip';

/** POST /api/learning-questions: the /leervraag form with JavaScript (201 with the result page's path). */
export async function POST(request: Request) {
  const input: unknown = await request.json().catch(() => null);
  const locale = requestedLocale(request.headers);
  const outcome = await submitLearningQuestion(db(), input, { ip: clientIp(request.headers), locale: locale ?? 'nl' });
  return outcomeResponse(outcome, locale, (value) => ({ status: 'received', path: value?.path ?? null }));
}

// HTTP answers of the JSON API, in one shape: 400 {"error", "issues":[{path, message}]}, 429 with a
// readable message and Retry-After, 404 {"error"}. Messages are in Dutch and English, or only in the
// language the caller asked for with Accept-Language (our own forms do).
import type { z } from 'zod';
import type { SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { toApiIssues } from '@/lib/validation/describe-issue';

const NO_STORE = { 'Cache-Control': 'no-store' };

function say(locale: Locale | undefined, nl: string, en: string): string {
  return locale === 'nl' ? nl : locale === 'en' ? en : `${nl} / ${en}`;
}

export function invalidInput(error: z.ZodError, locale?: Locale): Response {
  return Response.json(
    { error: say(locale, 'De invoer is niet geldig.', 'The input is not valid.'), issues: toApiIssues(error, locale) },
    { status: 400, headers: NO_STORE },
  );
}

export function tooManyRequests(retryAfterSeconds: number, locale?: Locale): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return Response.json(
    {
      error: say(
        locale,
        `Je hebt dit formulier te vaak verstuurd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
        `You have sent this form too often. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      ),
      retryAfterSeconds,
    },
    { status: 429, headers: { ...NO_STORE, 'Retry-After': String(retryAfterSeconds) } },
  );
}

/**
 * A request refused before its body is read: from another site (403), too large (413), not JSON
 * (415); or before it is parsed: JSON nested too deep (400, named as a problem of the whole input).
 */
export type RequestRefusal = 'cross-site' | 'too-large' | 'wrong-type' | 'too-deep';

const REFUSALS: Record<RequestRefusal, { status: number; nl: string; en: string }> = {
  'cross-site': { status: 403, nl: 'Dit verzoek komt van een andere website en is geweigerd.', en: 'This request comes from another website and was refused.' },
  'too-large': { status: 413, nl: 'Het verzoek is groter dan 1 MB.', en: 'The request is larger than 1 MB.' },
  'too-deep': { status: 400, nl: 'Invoer: Deze invoer is te diep genest.', en: 'Input: This input is nested too deeply.' },
  'wrong-type': { status: 415, nl: 'Stuur de gegevens als JSON (Content-Type: application/json).', en: 'Send the data as JSON (Content-Type: application/json).' },
};

/** The status and JSON body of a refused request. */
export function refusal(kind: RequestRefusal, locale?: Locale): { status: number; body: { error: string; issues?: { path: string; message: string }[] } } {
  const { status, nl, en } = REFUSALS[kind];
  // A 400 names the field as every 400 does; too deep is a problem of the input as a whole.
  if (status === 400) return { status, body: { error: say(locale, 'De invoer is niet geldig.', 'The input is not valid.'), issues: [{ path: '', message: say(locale, nl, en) }] } };
  return { status, body: { error: say(locale, nl, en) } };
}

export function refusedRequest(kind: RequestRefusal, locale?: Locale): Response {
  const { status, body } = refusal(kind, locale);
  return Response.json(body, { status, headers: NO_STORE });
}

export function notFoundJson(whatNl: string, whatEn: string, locale?: Locale): Response {
  return Response.json({ error: say(locale, `${whatNl} niet gevonden.`, `${whatEn} not found.`) }, { status: 404, headers: NO_STORE });
}

/** The answer to a submitted public form, from its SubmissionOutcome. */
export function outcomeResponse<T>(
  outcome: SubmissionOutcome<T>,
  locale: Locale | undefined,
  body: (value: T | undefined) => unknown,
): Response {
  switch (outcome.kind) {
    case 'ok':
      return Response.json(body(outcome.value), { status: 201, headers: NO_STORE });
    case 'spam':
      return Response.json(body(undefined), { status: 201, headers: NO_STORE });
    case 'invalid':
      return invalidInput(outcome.error, locale);
    case 'rate-limited':
      return tooManyRequests(outcome.retryAfterSeconds, locale);
  }
}

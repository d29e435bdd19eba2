// The two doors of every public form around the kernel (lib/forms/public-form.ts), decision 0007:
// - `submissionRoute`: the JSON route handler (the form with JavaScript, and API clients), behind the
//   request gate (origin, 1 MB, JSON only), with the Idempotency-Key header; answers 201/400/404/429.
// - `receiveForm` / `submitFromForm`: the server action (the same form without JavaScript): the same
//   origin rule, the fields read as the schema expects them, the form's one-time token as
//   idempotency key; answers the action state.
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { getEnv } from '@/lib/env';
import { toActionState, type FormActionState } from '@/lib/forms/action-state';
import { notFoundJson, outcomeResponse } from '@/lib/forms/json-responses';
import { FORM_TOKEN_FIELD, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { SubmissionContext } from '@/lib/forms/public-form';
import { readFormData } from '@/lib/forms/read-form-data';
import { jsonRoute } from '@/lib/http/guard-request';
import type { Locale } from '@/lib/i18n/routing';
import { asLocale, requestedLocale } from '@/lib/i18n/translate';
import { clientIp } from '@/lib/security/client-ip';
import { crossSiteRefusal } from '@/lib/security/same-origin';

type Outcome<Value> = SubmissionOutcome<Value> | { kind: 'not-found' };

/** A public form's JSON route handler: `export const POST = submissionRoute(…)`. */
export function submissionRoute<Value, Params = Record<string, never>>(
  submit: (input: unknown, context: SubmissionContext, params: Params) => Promise<Outcome<Value>>,
  answer: (value: Value | undefined) => unknown,
  notFound: { nl: string; en: string } = { nl: 'Pagina', en: 'Page' },
) {
  return jsonRoute<{ params: Promise<Params> }>(async (request, body, route) => {
    const locale = requestedLocale(request.headers);
    const context = { ip: clientIp(request.headers), locale: locale ?? 'nl', idempotencyKey: request.headers.get('idempotency-key') } as const;
    const outcome = await submit(body, context, ((await route?.params) ?? {}) as Params);
    if (outcome.kind === 'not-found') return notFoundJson(notFound.nl, notFound.en, locale);
    return outcomeResponse(outcome, locale, answer);
  });
}

/** A form sent without JavaScript: its fields as the schema expects them, and the submission context. */
export async function receiveForm(formData: FormData, schema?: z.ZodType): Promise<{ values: Record<string, unknown>; context: SubmissionContext; locale: Locale }> {
  const requestHeaders = await headers();
  // Next.js checks a server action's Origin against its Host as well; this adds Sec-Fetch-Site.
  const refusal = crossSiteRefusal(requestHeaders, getEnv().appUrl, getEnv().appUrl);
  if (refusal) throw new Error(`Refused a cross-site form post (${refusal}).`);
  const locale = asLocale(await getLocale());
  const values = readFormData(formData, schema);
  const token = formData.get(FORM_TOKEN_FIELD);
  return { values, locale, context: { ip: clientIp(requestHeaders), locale, idempotencyKey: typeof token === 'string' ? token : null } };
}

/** The usual server action of a public form: receive, submit, answer the action state. */
export async function submitFromForm<Value, Received>(
  formData: FormData,
  schema: z.ZodType,
  submit: (values: Record<string, unknown>, context: SubmissionContext) => Promise<Outcome<Value>>,
  received: (value: Value | undefined, values: Record<string, unknown>) => Received,
): Promise<FormActionState<Received>> {
  const { values, context, locale } = await receiveForm(formData, schema);
  const outcome = await submit(values, context);
  if (outcome.kind === 'not-found') return { status: 'idle' };
  return toActionState(outcome, { locale, values, received: (value) => received(value, values) });
}

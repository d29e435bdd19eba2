// The state a form's server action returns when the form was sent without JavaScript.
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translate';
import { toFieldErrors, type SubmissionOutcome } from '@/lib/forms/outcome';

export type FormActionState<Received = unknown> =
  | { status: 'idle' }
  | { status: 'sent'; received: Received }
  | { status: 'invalid'; fieldErrors: Record<string, string>; values: Record<string, unknown> }
  | { status: 'rate-limited'; message: string };

export async function rateLimitMessage(locale: Locale, retryAfterSeconds: number): Promise<string> {
  const t = await getTranslator(locale, 'forms');
  return t('rateLimited', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
}

export async function toActionState<T, Received>(
  outcome: SubmissionOutcome<T>,
  options: { locale: Locale; values: Record<string, unknown>; received: (value: T | undefined) => Received },
): Promise<FormActionState<Received>> {
  switch (outcome.kind) {
    case 'ok':
      return { status: 'sent', received: options.received(outcome.value) };
    case 'spam':
      return { status: 'sent', received: options.received(undefined) };
    case 'invalid':
      return { status: 'invalid', fieldErrors: toFieldErrors(outcome.error, options.locale), values: options.values };
    case 'rate-limited':
      return { status: 'rate-limited', message: await rateLimitMessage(options.locale, outcome.retryAfterSeconds) };
  }
}

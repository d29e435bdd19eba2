// What a public form submission can come to, shared by the JSON route handler (used by the form
// when JavaScript runs) and the server action (the same form without JavaScript).
import type { z } from 'zod';
import { issueMessage, type ValidationLocale } from '@/lib/validation/describe-issue';

export type SubmissionOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'invalid'; error: z.ZodError }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { kind: 'spam' };

/** Field errors for a form: the first message per field path ("themes", "contact.email"). */
export function toFieldErrors(error: z.ZodError, locale: ValidationLocale): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((segment) => typeof segment === 'string').join('.') || '_form';
    // Own keys only: a field named "toString" or "constructor" gets its message too.
    if (!Object.hasOwn(errors, key)) errors[key] = issueMessage(issue, locale);
  }
  return errors;
}

/** The hidden honeypot field every public form carries; people never see or fill it. */
export const HONEYPOT_FIELD = 'website';

/** The hidden one-time token of a form sent without JavaScript: its idempotency key. */
export const FORM_TOKEN_FIELD = 'formToken';

export function isHoneypotFilled(input: unknown): boolean {
  if (input instanceof FormData) return Boolean(input.get(HONEYPOT_FIELD));
  return typeof input === 'object' && input !== null && Boolean((input as Record<string, unknown>)[HONEYPOT_FIELD]);
}

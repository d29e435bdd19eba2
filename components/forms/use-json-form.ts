'use client';

// A public form with JavaScript: react-hook-form validates with the shared zod schema in the page's
// language, then the form is sent as JSON to its API route (decision 0007). Without JavaScript the
// same <form> posts to its server action instead.
import { useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ErrorSummaryItem } from '@/components/ui/ErrorSummary';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '@/lib/forms/outcome';
import type { ValidationLocale } from '@/lib/validation/describe-issue';
import { localizedResolver } from './localized-resolver';

export type JsonFormResult<Answer> =
  | { kind: 'idle' }
  | { kind: 'sent'; answer: Answer }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'failed'; message: string };

export function useJsonForm<S extends z.ZodType<FieldValues, FieldValues>, Answer = unknown>(options: {
  schema: S;
  endpoint: string;
  defaultValues?: DefaultValues<z.input<S>>;
}) {
  const locale = useLocale() as ValidationLocale;
  const t = useTranslations('forms');
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: localizedResolver(options.schema, locale),
    defaultValues: options.defaultValues,
    shouldFocusError: true,
  });
  const [result, setResult] = useState<JsonFormResult<Answer>>({ kind: 'idle' });

  async function send(values: z.output<S>, event?: FormEvent<HTMLFormElement> | React.BaseSyntheticEvent) {
    const formElement = event?.target instanceof HTMLFormElement ? event.target : undefined;
    const honeypot = (formElement?.elements.namedItem(HONEYPOT_FIELD) as HTMLInputElement | null)?.value ?? '';
    // The form's one-time token (FormTail): a resent form makes no second submission.
    const formToken = (formElement?.elements.namedItem(FORM_TOKEN_FIELD) as HTMLInputElement | null)?.value;
    let response: Response;
    try {
      response = await fetch(options.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale, ...(formToken ? { 'Idempotency-Key': formToken } : {}) },
        body: JSON.stringify({ ...values, [HONEYPOT_FIELD]: honeypot }),
      });
    } catch {
      setResult({ kind: 'failed', message: t('networkError') });
      return;
    }
    const body = (await response.json().catch(() => ({}))) as { error?: string; issues?: { path: string; message: string }[] };
    if (response.ok) {
      setResult({ kind: 'sent', answer: body as Answer });
    } else if (response.status === 400 && body.issues) {
      setResult({ kind: 'idle' });
      for (const issue of body.issues) {
        const field = issue.path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.');
        form.setError((field || 'root') as Path<z.input<S>>, { type: 'server', message: issue.message }, { shouldFocus: true });
      }
    } else if (response.status === 429) {
      setResult({ kind: 'rate-limited', message: body.error ?? t('rateLimitedShort') });
    } else {
      setResult({ kind: 'failed', message: t('serverError') });
    }
  }

  /** Field errors for the ErrorSummary, in the order of the form's fields. */
  const summary: ErrorSummaryItem[] = Object.entries(form.formState.errors).flatMap(([fieldId, error]) =>
    error && typeof error === 'object' && 'message' in error && error.message ? [{ fieldId, message: String(error.message) }] : [],
  );

  return { form, onSubmit: form.handleSubmit(send), result, setResult, summary };
}

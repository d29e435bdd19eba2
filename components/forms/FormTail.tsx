'use client';

// What every public form repeats around its own fields (decision 0007): the error summary, the
// alerts for the rate limit and a failed connection, the honeypot, and the one-time form token that
// makes a resent form idempotent (lib/forms/idempotency.ts). With JavaScript the token goes along as
// the Idempotency-Key header (use-json-form.ts); without it, as a hidden field.
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/ErrorSummary';
import { FORM_TOKEN_FIELD } from '@/lib/forms/outcome';
import { Honeypot } from './Honeypot';

function newFormToken(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function FormTail({ errors, rateLimited, failed }: { errors: ErrorSummaryItem[]; rateLimited?: string; failed?: string }) {
  // Made once per rendered form. A page that is the same for everyone is rendered once at build
  // time, so in the browser each form gets a token of its own as soon as it is mounted; the token is
  // then kept for every retry of that form (it is read from the form when sending).
  const [token] = useState(newFormToken);
  const tokenField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (tokenField.current) tokenField.current.value = newFormToken();
  }, []);
  return (
    <>
      <ErrorSummary errors={errors} focusOnAppear={false} />
      {rateLimited ? <Alert type="error">{rateLimited}</Alert> : null}
      {failed ? <Alert type="error">{failed}</Alert> : null}
      <Honeypot />
      <input ref={tokenField} type="hidden" name={FORM_TOKEN_FIELD} defaultValue={token} suppressHydrationWarning />
    </>
  );
}

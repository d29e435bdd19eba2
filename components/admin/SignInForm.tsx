'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { TextInput } from '@/components/ui/TextInput';

const KNOWN_ERRORS = ['invalid', 'rate-limited', 'totp-required', 'totp-invalid'];

/** E-mail, password and (when set up) the authenticator code, sent to next-auth's credentials sign-in. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('admin.signIn');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn('credentials', {
      email: String(data.get('email') ?? ''),
      password: String(data.get('password') ?? ''),
      totp: String(data.get('totp') ?? ''),
      redirect: false,
    });
    setBusy(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setError(KNOWN_ERRORS.includes(result?.error ?? '') ? result!.error! : 'unknown');
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      {error ? (
        <div ref={alertRef} tabIndex={-1}>
          <Alert type="error">{t(`errors.${error}`)}</Alert>
        </div>
      ) : null}
      <FormField id="email" label={t('email')}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" required />}
      </FormField>
      <FormField id="password" label={t('password')}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" required />}
      </FormField>
      <FormField id="totp" label={t('totp')} description={t('totpDescription')}>
        {(control) => <TextInput {...control} name="totp" inputMode="numeric" autoComplete="one-time-code" className="max-w-40" />}
      </FormField>
      <Button type="submit" purpose="primary" disabled={busy}>
        {t('submit')}
      </Button>
    </form>
  );
}

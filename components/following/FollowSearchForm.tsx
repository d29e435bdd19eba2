'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormTail } from '@/components/forms/FormTail';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { TextInput } from '@/components/ui/TextInput';
import type { FormActionState } from '@/lib/forms/action-state';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

type Action = (state: FormActionState<true>, formData: FormData) => Promise<FormActionState<true>>;

/** E-mail address plus the search's filters as hidden fields; works without JavaScript. */
export function FollowSearchForm({ action, hidden }: { action: Action; hidden: [string, string][] }) {
  const t = useTranslations('following');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState(action, { status: 'idle' }, permalink);
  if (state.status === 'sent') return <Alert type="ok">{t('sent')}</Alert>;
  const error = state.status === 'invalid' ? state.fieldErrors.email : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <FormTail errors={[]} rateLimited={state.status === 'rate-limited' ? state.message : undefined} />
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <FormField id="follow-email" label={t('email')} description={t('emailDescription')} error={error} requirement="required">
        {(control) => (
          <TextInput {...control} name="email" type="email" autoComplete="email" defaultValue={state.status === 'invalid' ? String(state.values.email ?? '') : ''} />
        )}
      </FormField>
      <Button type="submit" purpose="primary" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

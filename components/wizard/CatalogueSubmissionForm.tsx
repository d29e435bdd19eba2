'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Paragraph } from '@/components/ui/Paragraph';
import { TextInput } from '@/components/ui/TextInput';
import { submitPlanToCatalogue, type CatalogueSubmissionState } from '@/app/[locale]/leernetwerk-opzetten/plan/[token]/submit-plan-to-catalogue';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

/** Proposing the running network for the catalogue, pre-filled from the plan. */
export function CatalogueSubmissionForm({ token, name, email }: { token: string; name?: string; email?: string }) {
  const t = useTranslations('wizard.catalogue');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<CatalogueSubmissionState, FormData>(submitPlanToCatalogue, { status: 'idle' }, permalink);
  if (state.status === 'sent') {
    return (
      <Alert type="ok" role="status" heading={t('sent')} headingLevel={3}>
        <Paragraph>{t('sentText', { title: state.title })}</Paragraph>
      </Alert>
    );
  }
  const values = state.status === 'invalid' ? state.values : { name, email };
  return (
    <form action={formAction} className="max-w-2xl">
      {state.status === 'invalid' ? (
        <Alert type="error" heading={t('missing')} headingLevel={3}>
          <ul className="utrecht-unordered-list">
            {state.problems.map((problem) => (
              <li key={problem} className="utrecht-unordered-list__item">
                {problem}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {state.status === 'rate-limited' ? <Alert type="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <FormField id="submitterName" label={t('name')} requirement="required">
        {(control) => <TextInput {...control} name="submitterName" autoComplete="name" defaultValue={values.name} />}
      </FormField>
      <FormField id="submitterEmail" label={t('email')} requirement="required">
        {(control) => <TextInput {...control} name="submitterEmail" type="email" autoComplete="email" defaultValue={values.email} />}
      </FormField>
      <Button type="submit" purpose="secondary" busy={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ContactFields } from '@/components/forms/ContactFields';
import { FormTail } from '@/components/forms/FormTail';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Paragraph } from '@/components/ui/Paragraph';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Textarea } from '@/components/ui/Textarea';
import { requestSupport } from '@/app/[locale]/leernetwerk-opzetten/plan/[token]/request-support';
import type { FormActionState } from '@/lib/forms/action-state';
import { SUPPORT_LEVEL_IDS, supportRequestSchema, type SupportRequestInput } from '@/lib/wizard/network-plan-schemas';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

const FIELDS = ['supportLevel', 'contactName', 'contactEmail', 'organisation', 'message'] as const;

/** Asking the coordination team for support at one of the three levels. */
export function SupportRequestForm({ token, defaults }: { token: string; defaults: Partial<SupportRequestInput> }) {
  const t = useTranslations('wizard.support');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<SupportRequestInput>, FormData>(requestSupport, { status: 'idle' }, permalink);
  const { form, onSubmit, result, summary } = useJsonForm({ schema: supportRequestSchema, endpoint: `/api/netwerkplannen/${token}/ondersteuning`, defaultValues: defaults });
  const { register, formState, getValues } = form;

  const received = result.kind === 'sent' ? (getValues() as SupportRequestInput) : state.status === 'sent' ? state.received : undefined;
  if (received) {
    return (
      <Alert type="ok" role="status" heading={t('received')} headingLevel={3}>
        <Paragraph>{t('receivedText', { level: t(`levels.${received.supportLevel}.name`), email: received.contactEmail })}</Paragraph>
      </Alert>
    );
  }
  const { serverErrors, typed, errors, rateLimited } = formFeedback(FIELDS, state, result, summary);
  const errorOf = (field: (typeof FIELDS)[number]) => formState.errors[field]?.message ?? serverErrors[field];
  const text = (name: (typeof FIELDS)[number]) => ({ defaultValue: typed[name] === undefined ? undefined : String(typed[name]), ...register(name) });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormTail errors={errors} rateLimited={rateLimited} failed={result.kind === 'failed' ? result.message : undefined} />
      <input type="hidden" name="token" value={token} />
      <RadioGroup
        id="supportLevel"
        legend={t('level')}
        requirement="required"
        error={errorOf('supportLevel')}
        defaultValue={typed.supportLevel === undefined ? undefined : String(typed.supportLevel)}
        options={SUPPORT_LEVEL_IDS.map((id) => ({ value: id, label: t(`levels.${id}.name`), description: t(`levels.${id}.description`) }))}
        {...register('supportLevel')}
      />
      <ContactFields
        names={{ name: 'contactName', email: 'contactEmail', organisation: 'organisation' }}
        labels={{ name: t('contactName'), email: t('contactEmail'), organisation: t('organisation') }}
        errorOf={errorOf}
        field={text}
      />
      <FormField id="message" label={t('message')} requirement="optional" error={errorOf('message')}>
        {(control) => <Textarea {...control} rows={5} {...text('message')} />}
      </FormField>
      <Button type="submit" purpose="primary" busy={pending || formState.isSubmitting}>
        {t('submit')}
      </Button>
    </form>
  );
}

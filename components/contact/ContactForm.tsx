'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ContactFields } from '@/components/forms/ContactFields';
import { FormTail } from '@/components/forms/FormTail';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import { sendContactMessage } from '@/app/[locale]/contact/send-contact-message';
import { contactMessageSchema, type ContactMessageInput } from '@/lib/contact/contact-message-schema';
import type { FormActionState } from '@/lib/forms/action-state';
import { ContactReceived } from './ContactReceived';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

const FIELDS = ['name', 'email', 'organisation', 'subject', 'message'] as const;

export function ContactForm() {
  const t = useTranslations('contact.form');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<ContactMessageInput>, FormData>(sendContactMessage, { status: 'idle' }, permalink);
  const { form, onSubmit, result, summary } = useJsonForm({ schema: contactMessageSchema, endpoint: '/api/contact' });
  const { register, formState, getValues } = form;

  const received = result.kind === 'sent' ? (getValues() as ContactMessageInput) : state.status === 'sent' ? state.received : undefined;
  if (received) return <ContactReceived message={received} />;

  // Without JavaScript, errors and the values typed come back from the server action.
  const { serverErrors, typed, firstServerError, errors, rateLimited } = formFeedback(FIELDS, state, result, summary);
  const errorOf = (field: (typeof FIELDS)[number]) => formState.errors[field]?.message ?? serverErrors[field];
  const field = (name: (typeof FIELDS)[number]) => ({
    defaultValue: typed[name] === undefined ? undefined : String(typed[name]),
    autoFocus: name === firstServerError,
    ...register(name),
  });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormTail errors={errors} rateLimited={rateLimited} failed={result.kind === 'failed' ? result.message : undefined} />
      <ContactFields
        names={{ name: 'name', email: 'email', organisation: 'organisation' }}
        labels={{ name: t('name'), email: t('email'), emailHint: t('emailHint'), organisation: t('organisation') }}
        errorOf={errorOf}
        field={field}
      />
      <FormField id="subject" label={t('subject')} requirement="required" error={errorOf('subject')}>
        {(control) => <TextInput {...control} {...field('subject')} />}
      </FormField>
      <FormField id="message" label={t('message')} description={t('messageHint')} requirement="required" error={errorOf('message')}>
        {(control) => <Textarea {...control} rows={8} {...field('message')} />}
      </FormField>
      <Button type="submit" purpose="primary" busy={pending || formState.isSubmitting}>
        {t('submit')}
      </Button>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Honeypot } from '@/components/forms/Honeypot';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
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
      <ErrorSummary errors={errors} focusOnAppear={false} />
      {rateLimited ? <Alert type="error">{rateLimited}</Alert> : null}
      {result.kind === 'failed' ? <Alert type="error">{result.message}</Alert> : null}
      <Honeypot />
      <FormField id="name" label={t('name')} requirement="required" error={errorOf('name')}>
        {(control) => <TextInput {...control} autoComplete="name" {...field('name')} />}
      </FormField>
      <FormField id="email" label={t('email')} description={t('emailHint')} requirement="required" error={errorOf('email')}>
        {(control) => <TextInput {...control} type="email" autoComplete="email" {...field('email')} />}
      </FormField>
      <FormField id="organisation" label={t('organisation')} requirement="optional" error={errorOf('organisation')}>
        {(control) => <TextInput {...control} autoComplete="organization" {...field('organisation')} />}
      </FormField>
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

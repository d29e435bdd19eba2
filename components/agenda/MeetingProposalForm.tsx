'use client';

// Proposing a meeting for the agenda: the public form on the shared pattern (FormTail, ContactFields,
// useJsonForm). With JavaScript it is checked by the shared schema and sent as JSON to
// /api/meeting-proposals; without, it posts to its server action.
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ContactFields } from '@/components/forms/ContactFields';
import { FormTail } from '@/components/forms/FormTail';
import { formFeedback } from '@/components/forms/form-feedback';
import { useFormPermalink } from '@/components/forms/use-form-permalink';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { ClientInternalLink } from '@/components/ui/ClientInternalLink';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import { proposeMeeting } from '@/app/[locale]/agenda/voorstellen/propose-meeting';
import { meetingProposalSchema, type MeetingProposalInput } from '@/lib/agenda/meeting-proposal-schema';
import type { FormActionState } from '@/lib/forms/action-state';
import { PROVINCES, TARGET_GROUPS } from '@/lib/reference/vocabularies';

const FIELDS = [
  'title', 'summary', 'offering', 'start', 'end', 'recurrence', 'online', 'place', 'municipality', 'province', 'onlineUrl', 'linkVisibility',
  'themes', 'targetGroups', 'learningForm', 'capacity', 'registrationUrl', 'registrationEmail', 'submitterName', 'submitterEmail',
  'submitterOrganisation', 'message',
] as const;
type Field = (typeof FIELDS)[number];

export type LabelledOption = { value: string; label: string };

export function MeetingProposalForm({ learningForms, themes, offerings }: { learningForms: readonly LabelledOption[]; themes: readonly LabelledOption[]; offerings: readonly LabelledOption[] }) {
  const t = useTranslations('MeetingProposal');
  const f = useTranslations('MeetingProposal.fields');
  const vocab = useTranslations('vocab');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<{ title?: string }>, FormData>(proposeMeeting, { status: 'idle' }, permalink);
  const { form, onSubmit, result, summary } = useJsonForm<typeof meetingProposalSchema, { title?: string }>({
    schema: meetingProposalSchema,
    endpoint: '/api/meeting-proposals',
    defaultValues: { themes: [], targetGroups: [], online: false } as Partial<MeetingProposalInput>,
  });
  const { register, formState } = form;

  const received = result.kind === 'sent' ? { title: form.getValues('title') } : state.status === 'sent' ? state.received : undefined;
  if (received) {
    return (
      <Alert type="ok" heading={t('received.title')} headingLevel={2} role="status">
        <Paragraph>{received.title ? t('received.text', { title: received.title }) : t('received.textNoTitle')}</Paragraph>
        <Paragraph>
          <ClientInternalLink href="/agenda">{t('received.back')}</ClientInternalLink>
        </Paragraph>
      </Alert>
    );
  }

  const { serverErrors, typed, firstServerError, errors, rateLimited } = formFeedback(FIELDS, state, result, summary);
  const errorOf = (field: Field) => (formState.errors[field]?.message as string | undefined) ?? serverErrors[field];
  const text = (name: Field) => ({
    defaultValue: typed[name] === undefined ? undefined : String(typed[name]),
    autoFocus: name === firstServerError,
    ...register(name, { setValueAs: (value: unknown) => (value === '' ? undefined : value) }),
  });
  const list = (name: 'themes' | 'targetGroups') => ({ defaultValue: Array.isArray(typed[name]) ? (typed[name] as string[]) : undefined, ...register(name) });
  const select = (name: Field) => ({ ...text(name), defaultValue: typed[name] === undefined ? '' : String(typed[name]) });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormTail errors={errors} rateLimited={rateLimited} failed={result.kind === 'failed' ? result.message : undefined} />

      <Heading level={2}>{t('sections.meeting')}</Heading>
      <FormField id="title" label={f('title')} requirement="required" error={errorOf('title')}>
        {(control) => <TextInput {...control} {...text('title')} />}
      </FormField>
      <FormField id="summary" label={f('summary')} description={f('summaryHint')} requirement="required" error={errorOf('summary')}>
        {(control) => <Textarea {...control} rows={4} {...text('summary')} />}
      </FormField>
      <FormField id="offering" label={f('offering')} description={f('offeringHint')} requirement="optional" error={errorOf('offering')}>
        {(control) => (
          <Select {...control} {...select('offering')}>
            <option value="">{f('noOffering')}</option>
            {offerings.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <Heading level={2}>{t('sections.when')}</Heading>
      <FormField id="start" label={f('start')} description={f('startHint')} requirement="required" error={errorOf('start')}>
        {(control) => <TextInput {...control} type="datetime-local" className="max-w-72" {...text('start')} />}
      </FormField>
      <FormField id="end" label={f('end')} requirement="required" error={errorOf('end')}>
        {(control) => <TextInput {...control} type="datetime-local" className="max-w-72" {...text('end')} />}
      </FormField>
      <FormField id="recurrence" label={f('recurrence')} description={f('recurrenceHint')} requirement="optional" error={errorOf('recurrence')}>
        {(control) => <TextInput {...control} spellCheck={false} {...text('recurrence')} />}
      </FormField>

      <Heading level={2}>{t('sections.where')}</Heading>
      <Checkbox id="online" label={f('online')} error={errorOf('online')} defaultChecked={Boolean(typed.online)} {...register('online')} />
      <FormField id="place" label={f('place')} requirement="optional" error={errorOf('place')}>
        {(control) => <TextInput {...control} {...text('place')} />}
      </FormField>
      <FormField id="municipality" label={f('municipality')} requirement="optional" error={errorOf('municipality')}>
        {(control) => <TextInput {...control} {...text('municipality')} />}
      </FormField>
      <FormField id="province" label={f('province')} requirement="optional" error={errorOf('province')}>
        {(control) => (
          <Select {...control} {...select('province')}>
            <option value="">{f('noProvince')}</option>
            {PROVINCES.map((value) => (
              <option key={value} value={value}>
                {vocab(`provinces.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="onlineUrl" label={f('onlineUrl')} requirement="optional" error={errorOf('onlineUrl')}>
        {(control) => <TextInput {...control} type="url" {...text('onlineUrl')} />}
      </FormField>
      <RadioGroup
        id="linkVisibility"
        legend={f('linkVisibility')}
        requirement="optional"
        error={errorOf('linkVisibility')}
        defaultValue={typed.linkVisibility === undefined ? 'registered' : String(typed.linkVisibility)}
        options={[
          { value: 'registered', label: f('linkRegistered') },
          { value: 'public', label: f('linkPublic') },
        ]}
        {...register('linkVisibility')}
      />

      <Heading level={2}>{t('sections.characteristics')}</Heading>
      <CheckboxGroup id="themes" legend={f('themes')} description={f('themesHint')} requirement="required" error={errorOf('themes')} options={themes} {...list('themes')} />
      <CheckboxGroup
        id="targetGroups"
        legend={f('targetGroups')}
        requirement="optional"
        error={errorOf('targetGroups')}
        options={TARGET_GROUPS.map((value) => ({ value, label: vocab(`targetGroups.${value}`) }))}
        {...list('targetGroups')}
      />
      <FormField id="learningForm" label={f('learningForm')} requirement="optional" error={errorOf('learningForm')}>
        {(control) => (
          <Select {...control} {...select('learningForm')}>
            <option value="">{f('chooseForm')}</option>
            {learningForms.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <Heading level={2}>{t('sections.registration')}</Heading>
      <FormField id="capacity" label={f('capacity')} requirement="optional" error={errorOf('capacity')}>
        {(control) => (
          <TextInput
            {...control}
            type="number"
            min={1}
            inputMode="numeric"
            className="max-w-40"
            defaultValue={typed.capacity === undefined ? undefined : String(typed.capacity)}
            {...register('capacity', { setValueAs: (value: unknown) => (value === '' || value === undefined ? undefined : Number(value)) })}
          />
        )}
      </FormField>
      <FormField id="registrationUrl" label={f('registrationUrl')} requirement="optional" error={errorOf('registrationUrl')}>
        {(control) => <TextInput {...control} type="url" {...text('registrationUrl')} />}
      </FormField>
      <FormField id="registrationEmail" label={f('registrationEmail')} requirement="optional" error={errorOf('registrationEmail')}>
        {(control) => <TextInput {...control} type="email" {...text('registrationEmail')} />}
      </FormField>

      <Heading level={2}>{t('sections.you')}</Heading>
      <ContactFields
        names={{ name: 'submitterName', email: 'submitterEmail', organisation: 'submitterOrganisation' }}
        labels={{ name: f('submitterName'), email: f('submitterEmail'), emailHint: f('submitterEmailHint'), organisation: f('submitterOrganisation') }}
        errorOf={errorOf}
        field={text}
      />
      <FormField id="message" label={f('message')} requirement="optional" error={errorOf('message')}>
        {(control) => <Textarea {...control} rows={4} {...text('message')} />}
      </FormField>
      <Button type="submit" purpose="primary" busy={pending || formState.isSubmitting}>
        {t('submitButton')}
      </Button>
    </form>
  );
}

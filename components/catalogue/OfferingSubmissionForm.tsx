'use client';

// "Zelf leeraanbod bijdragen": the public form on the shared pattern (decision 0007). With
// JavaScript it is checked by the shared schema and sent as JSON; without, it posts to its server
// action. Before sending it warns when a published offering has a very similar title.
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ContactFields } from '@/components/forms/ContactFields';
import { FormTail } from '@/components/forms/FormTail';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { Checkbox } from '@/components/ui/Checkbox';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { ClientInternalLink } from '@/components/ui/ClientInternalLink';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import { submitOffering } from '@/app/[locale]/aanbod/aanmelden/submit-offering';
import { offeringSubmissionSchema, type OfferingSubmissionInput } from '@/lib/catalogue/offering-submission-schema';
import type { FormActionState } from '@/lib/forms/action-state';
import { DISCIPLINARITIES, LEARNING_LEVELS, PROVINCES, SCALES, TARGET_GROUPS } from '@/lib/reference/vocabularies';
import { OfferingReceived } from './OfferingReceived';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

const FIELDS = [
  'title', 'summary', 'description', 'provider', 'themes', 'learningForm', 'scales', 'provinces', 'targetGroups', 'levels',
  'disciplinarity', 'openToJoin', 'capacity', 'participants', 'startDate', 'endDate', 'cadence', 'contactName', 'contactEmail',
  'url', 'submitterName', 'submitterEmail', 'submitterOrganisation', 'message',
] as const;
type Field = (typeof FIELDS)[number];

type Similar = { slug: string; title: string; path: string };

/** A choice with its label in the visitor's language, looked up on the server (no reference files in the browser). */
export type LabelledOption = { value: string; label: string };

export function OfferingSubmissionForm({ learningForms, themes }: { learningForms: readonly LabelledOption[]; themes: readonly LabelledOption[] }) {
  const t = useTranslations('catalogue.submit');
  const f = useTranslations('catalogue.submit.fields');
  const vocab = useTranslations('vocab');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<{ title?: string }>, FormData>(submitOffering, { status: 'idle' }, permalink);
  const { form, onSubmit, result, summary } = useJsonForm<typeof offeringSubmissionSchema, { title?: string }>({
    schema: offeringSubmissionSchema,
    endpoint: '/api/offering-submissions',
    defaultValues: { themes: [], scales: [], provinces: [], targetGroups: [], levels: [], openToJoin: true } as Partial<OfferingSubmissionInput>,
  });
  const { register, formState } = form;
  const [similar, setSimilar] = useState<Similar[]>([]);

  const received = result.kind === 'sent' ? { title: form.getValues('title') } : state.status === 'sent' ? state.received : undefined;
  if (received) return <OfferingReceived title={received.title} />;

  const { serverErrors, typed, firstServerError, errors, rateLimited } = formFeedback(FIELDS, state, result, summary);
  const errorOf = (field: Field) => (formState.errors[field]?.message as string | undefined) ?? serverErrors[field];
  const text = (name: Field) => ({
    defaultValue: typed[name] === undefined ? undefined : String(typed[name]),
    autoFocus: name === firstServerError,
    ...register(name),
  });
  const number = (name: 'capacity' | 'participants') => ({
    defaultValue: typed[name] === undefined ? undefined : String(typed[name]),
    autoFocus: name === firstServerError,
    ...register(name, { setValueAs: (value: unknown) => (value === '' || value === undefined ? undefined : Number(value)) }),
  });
  const list = (name: 'themes' | 'scales' | 'provinces' | 'targetGroups' | 'levels') => ({
    defaultValue: Array.isArray(typed[name]) ? (typed[name] as string[]) : undefined,
    ...register(name),
  });
  const vocabOptions = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: vocab(`${group}.${value}` as never) }));

  async function checkSimilar(title: string) {
    if (title.trim().length < 5) return setSimilar([]);
    const response = await fetch(`/api/similar-offerings?title=${encodeURIComponent(title)}`).catch(() => null);
    if (response?.ok) setSimilar(((await response.json()) as { items: Similar[] }).items);
  }
  const titleField = text('title');

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <FormTail errors={errors} rateLimited={rateLimited} failed={result.kind === 'failed' ? result.message : undefined} />

      <Heading level={2}>{t('sections.offering')}</Heading>
      <FormField id="title" label={f('title')} requirement="required" error={errorOf('title')}>
        {(control) => (
          <TextInput
            {...control}
            {...titleField}
            onBlur={(event) => {
              void titleField.onBlur(event);
              void checkSimilar(event.target.value);
            }}
          />
        )}
      </FormField>
      {similar.length > 0 ? (
        <Alert type="warning" heading={t('similar.title')} headingLevel={3} role="status">
          <p>{t('similar.text')}</p>
          <ul className="utrecht-unordered-list">
            {similar.map((item) => (
              <li key={item.slug} className="utrecht-unordered-list__item">
                <ClientInternalLink href={item.path} target="_blank">
                  {item.title}
                </ClientInternalLink>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <FormField id="summary" label={f('summary')} description={f('summaryHint')} requirement="required" error={errorOf('summary')}>
        {(control) => <Textarea {...control} rows={3} {...text('summary')} />}
      </FormField>
      <FormField id="description" label={f('description')} requirement="optional" error={errorOf('description')}>
        {(control) => <Textarea {...control} rows={6} {...text('description')} />}
      </FormField>
      <FormField id="provider" label={f('provider')} requirement="optional" error={errorOf('provider')}>
        {(control) => <TextInput {...control} autoComplete="organization" {...text('provider')} />}
      </FormField>

      <Heading level={2}>{t('sections.characteristics')}</Heading>
      <FormField id="learningForm" label={f('learningForm')} description={f('learningFormHint')} requirement="required" error={errorOf('learningForm')}>
        {(control) => (
          <Select {...control} {...text('learningForm')} defaultValue={typed.learningForm === undefined ? '' : String(typed.learningForm)}>
            <option value="">{f('chooseForm')}</option>
            {learningForms.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <CheckboxGroup
        id="themes"
        legend={f('themes')}
        description={f('themesHint')}
        requirement="required"
        error={errorOf('themes')}
        options={themes}
        {...list('themes')}
      />
      <CheckboxGroup id="scales" legend={f('scales')} requirement="required" error={errorOf('scales')} options={vocabOptions('scales', SCALES)} {...list('scales')} />
      <CheckboxGroup id="targetGroups" legend={f('targetGroups')} requirement="required" error={errorOf('targetGroups')} options={vocabOptions('targetGroups', TARGET_GROUPS)} {...list('targetGroups')} />
      <CheckboxGroup id="provinces" legend={f('provinces')} requirement="optional" error={errorOf('provinces')} options={vocabOptions('provinces', PROVINCES)} {...list('provinces')} />
      <CheckboxGroup id="levels" legend={f('levels')} requirement="optional" error={errorOf('levels')} options={vocabOptions('learningLevels', LEARNING_LEVELS)} {...list('levels')} />
      <FormField id="disciplinarity" label={f('disciplinarity')} requirement="optional" error={errorOf('disciplinarity')}>
        {(control) => (
          <Select {...control} {...text('disciplinarity')} defaultValue={typed.disciplinarity === undefined ? '' : String(typed.disciplinarity)}>
            <option value="">{f('noChoice')}</option>
            {DISCIPLINARITIES.map((value) => (
              <option key={value} value={value}>
                {vocab(`disciplinarity.${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <Heading level={2}>{t('sections.joining')}</Heading>
      <Checkbox id="openToJoin" label={f('openToJoin')} error={errorOf('openToJoin')} defaultChecked={typed.openToJoin === undefined ? true : Boolean(typed.openToJoin)} {...register('openToJoin')} />
      <FormField id="capacity" label={f('capacity')} requirement="optional" error={errorOf('capacity')}>
        {(control) => <TextInput {...control} type="number" min={1} inputMode="numeric" className="max-w-40" {...number('capacity')} />}
      </FormField>
      <FormField id="participants" label={f('participants')} requirement="optional" error={errorOf('participants')}>
        {(control) => <TextInput {...control} type="number" min={0} inputMode="numeric" className="max-w-40" {...number('participants')} />}
      </FormField>
      <FormField id="startDate" label={f('startDate')} requirement="optional" error={errorOf('startDate')}>
        {(control) => <TextInput {...control} type="date" className="max-w-60" {...text('startDate')} />}
      </FormField>
      <FormField id="endDate" label={f('endDate')} requirement="optional" error={errorOf('endDate')}>
        {(control) => <TextInput {...control} type="date" className="max-w-60" {...text('endDate')} />}
      </FormField>
      <FormField id="cadence" label={f('cadence')} description={f('cadenceHint')} requirement="optional" error={errorOf('cadence')}>
        {(control) => <TextInput {...control} {...text('cadence')} />}
      </FormField>
      <FormField id="contactName" label={f('contactName')} requirement="optional" error={errorOf('contactName')}>
        {(control) => <TextInput {...control} {...text('contactName')} />}
      </FormField>
      <FormField id="contactEmail" label={f('contactEmail')} requirement="optional" error={errorOf('contactEmail')}>
        {(control) => <TextInput {...control} type="email" {...text('contactEmail')} />}
      </FormField>
      <FormField id="url" label={f('url')} requirement="optional" error={errorOf('url')}>
        {(control) => <TextInput {...control} type="url" {...text('url')} />}
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

'use client';

// Proposing a knowledge product (/kennisbank/voorstellen). The form posts (multipart, with its PDF) to
// its server action, with or without JavaScript; field errors and what was typed come back in the
// action state. The labels of themes and learning forms come from the page (no seed files here).
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ContactFields } from '@/components/forms/ContactFields';
import { FormTail } from '@/components/forms/FormTail';
import { formFeedback } from '@/components/forms/form-feedback';
import { useFormPermalink } from '@/components/forms/use-form-permalink';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { CheckboxGroup, type ChoiceOption } from '@/components/ui/CheckboxGroup';
import { Fieldset } from '@/components/ui/Fieldset';
import { FormField } from '@/components/ui/FormField';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import { proposeKnowledge, type ProposalReceived } from '@/app/[locale]/kennisbank/voorstellen/propose-knowledge-product';
import type { FormActionState } from '@/lib/forms/action-state';
import { KNOWLEDGE_KINDS, PRACTICE_FIELDS } from '@/lib/knowledge/knowledge-vocabularies';

const FIELDS = [
  'title', 'kind', 'summary', 'body', 'themes', 'targetGroups', 'learningForms', 'authors', 'organisation', 'publishedOn', 'language', 'url', 'file',
  ...PRACTICE_FIELDS, 'submitterName', 'submitterEmail', 'submitterOrganisation', 'message',
] as const;
type Field = (typeof FIELDS)[number];

export interface ProposalOptions {
  themes: ChoiceOption[];
  targetGroups: ChoiceOption[];
  learningForms: ChoiceOption[];
}

const IDLE = { kind: 'idle' } as const;

export function KnowledgeProposalForm({ options }: { options: ProposalOptions }) {
  const t = useTranslations('KnowledgeProposal.form');
  const r = useTranslations('KnowledgeProposal.received');
  const kinds = useTranslations('KnowledgeBase.kinds');
  const practice = useTranslations('KnowledgeProduct.practice');
  const languages = useTranslations('KnowledgeProduct.languages');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<ProposalReceived>, FormData>(proposeKnowledge, { status: 'idle' }, permalink);

  if (state.status === 'sent') {
    return (
      <Alert type="ok" heading={r('title')} headingLevel={2} role="status">
        <Paragraph>{r('text', { title: state.received.title })}</Paragraph>
        <Paragraph>
          <InternalLink href="/kennisbank">{r('back')}</InternalLink>
        </Paragraph>
      </Alert>
    );
  }

  const { serverErrors, typed, firstServerError, errors, rateLimited } = formFeedback(FIELDS, state, IDLE, []);
  const errorOf = (field: Field) => serverErrors[field];
  const text = (name: Field) => (typed[name] === undefined ? undefined : String(typed[name]));
  const list = (name: Field) => (Array.isArray(typed[name]) ? (typed[name] as string[]) : []);
  const field = (name: Field) => ({ name, defaultValue: text(name), autoFocus: name === firstServerError });

  return (
    <form action={formAction} encType="multipart/form-data" noValidate className="max-w-3xl">
      <FormTail errors={errors} rateLimited={rateLimited} />
      <Fieldset id="product" legend={t('productTitle')}>
        <FormField id="title" label={t('title')} requirement="required" error={errorOf('title')}>
          {(control) => <TextInput {...control} {...field('title')} />}
        </FormField>
        <FormField id="kind" label={t('kind')} requirement="required" error={errorOf('kind')}>
          {(control) => (
            <Select {...control} {...field('kind')}>
              {KNOWLEDGE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kinds(kind)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="summary" label={t('summary')} description={t('summaryHint')} requirement="required" error={errorOf('summary')}>
          {(control) => <Textarea {...control} rows={4} {...field('summary')} />}
        </FormField>
        <FormField id="body" label={t('body')} description={t('bodyHint')} requirement="optional" error={errorOf('body')}>
          {(control) => <Textarea {...control} rows={8} {...field('body')} />}
        </FormField>
        <CheckboxGroup id="themes" name="themes" legend={t('themes')} description={t('themesHint')} requirement="required" error={errorOf('themes')} options={options.themes} defaultValue={list('themes')} />
        <CheckboxGroup id="targetGroups" name="targetGroups" legend={t('targetGroups')} requirement="optional" error={errorOf('targetGroups')} options={options.targetGroups} defaultValue={list('targetGroups')} />
        <CheckboxGroup id="learningForms" name="learningForms" legend={t('learningForms')} requirement="optional" error={errorOf('learningForms')} options={options.learningForms} defaultValue={list('learningForms')} />
        <FormField id="authors" label={t('authors')} requirement="optional" error={errorOf('authors')}>
          {(control) => <TextInput {...control} {...field('authors')} />}
        </FormField>
        <FormField id="organisation" label={t('organisation')} requirement="optional" error={errorOf('organisation')}>
          {(control) => <TextInput {...control} autoComplete="organization" {...field('organisation')} />}
        </FormField>
        <FormField id="publishedOn" label={t('publishedOn')} description={t('publishedOnHint')} requirement="optional" error={errorOf('publishedOn')}>
          {(control) => <TextInput {...control} inputMode="numeric" {...field('publishedOn')} />}
        </FormField>
        <FormField id="language" label={t('language')} requirement="required" error={errorOf('language')}>
          {(control) => (
            <Select {...control} {...field('language')}>
              <option value="nl">{languages('nl')}</option>
              <option value="en">{languages('en')}</option>
            </Select>
          )}
        </FormField>
        <FormField id="url" label={t('url')} description={t('urlHint')} error={errorOf('url')}>
          {(control) => <TextInput {...control} type="url" inputMode="url" {...field('url')} />}
        </FormField>
        <FormField id="file" label={t('file')} description={t('fileHint')} error={errorOf('file')}>
          {(control) => <input {...control} type="file" name="file" accept="application/pdf,.pdf" className="utrecht-textbox utrecht-textbox--html-input" />}
        </FormField>
      </Fieldset>
      <Fieldset id="practice" legend={t('practiceTitle')} description={t('practiceIntro')}>
        {PRACTICE_FIELDS.map((name) => (
          <FormField key={name} id={name} label={practice(name)} requirement="optional" error={errorOf(name)}>
            {(control) => (name === 'practiceContact' ? <TextInput {...control} {...field(name)} /> : <Textarea {...control} rows={3} {...field(name)} />)}
          </FormField>
        ))}
      </Fieldset>
      <Fieldset id="sender" legend={t('senderTitle')}>
        <ContactFields
          names={{ name: 'submitterName', email: 'submitterEmail', organisation: 'submitterOrganisation' }}
          labels={{ name: t('submitterName'), email: t('submitterEmail'), emailHint: t('submitterEmailHint'), organisation: t('submitterOrganisation') }}
          errorOf={errorOf}
          field={field}
        />
        <FormField id="message" label={t('message')} requirement="optional" error={errorOf('message')}>
          {(control) => <Textarea {...control} rows={4} {...field('message')} />}
        </FormField>
      </Fieldset>
      <Button type="submit" purpose="primary" busy={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

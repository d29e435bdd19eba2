'use client';

// The learning question form (/leervraag) in six steps. With JavaScript one step shows at a time,
// each checked with the shared schema before the next; what was typed is kept in sessionStorage so a
// reload keeps the progress. Without JavaScript all steps show as one form that posts to the server
// action.
import { useActionState, useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { Path } from 'react-hook-form';
import { sendLearningQuestion } from '@/app/[locale]/leervraag/send-learning-question';
import { Honeypot } from '@/components/forms/Honeypot';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { CheckboxGroup, type ChoiceOption } from '@/components/ui/CheckboxGroup';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import type { FormActionState } from '@/lib/forms/action-state';
import { learningQuestionSchema, QUESTION_STEPS, type LearningQuestionInput } from '@/lib/matchmaking/learning-question-schema';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

export type QuestionFormOptions = Record<
  'themes' | 'targetGroups' | 'sectors' | 'levels' | 'disciplinarity' | 'learningGoals' | 'forms' | 'intensities' | 'scales' | 'provinces' | 'askerTypes',
  ChoiceOption[]
>;

type FieldName = keyof LearningQuestionInput;
const STORAGE_KEY = 'wijkwijzer:leervraag';
type ListField = 'themes' | 'targetGroups' | 'sectors' | 'levels' | 'preferredForms';
type SavedProgress = { values?: Partial<LearningQuestionInput>; step?: number };
const EMPTY: Partial<LearningQuestionInput> = { themes: [], targetGroups: [], sectors: [], levels: [], preferredForms: [], consentContact: false, consentConnect: false };

function readProgress(): SavedProgress | null {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as SavedProgress | null;
  } catch {
    return null; // nothing saved, or unreadable: start empty
  }
}

const noSubscription = () => () => {};

function stepOf(field: string): number {
  const index = QUESTION_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
  return index === -1 ? QUESTION_STEPS.length - 1 : index;
}

export function LearningQuestionForm({ options }: { options: QuestionFormOptions }) {
  const t = useTranslations('learningQuestion');
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState<null>, FormData>(sendLearningQuestion, { status: 'idle' }, permalink);
  const { form, onSubmit, result, summary } = useJsonForm<typeof learningQuestionSchema, { path: string | null }>({
    schema: learningQuestionSchema,
    endpoint: '/api/learning-questions',
    defaultValues: EMPTY,
  });
  const { register, formState, trigger, reset, watch } = form;
  // Steps, and the progress kept in sessionStorage, exist only once JavaScript runs in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const savedStep = useSyncExternalStore(noSubscription, () => readProgress()?.step ?? 0, () => 0);
  const [chosenStep, setStep] = useState<number | null>(null);
  const step = Math.min(Math.max(0, chosenStep ?? savedStep), QUESTION_STEPS.length - 1);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const pendingFocus = useRef<string | null>(null);

  // Restore progress after a reload, then keep saving it.
  useEffect(() => {
    const saved = readProgress();
    if (saved?.values) reset({ ...EMPTY, ...saved.values });
  }, [reset]);
  useEffect(() => {
    if (!enhanced) return;
    const save = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ values: form.getValues(), step }));
    save();
    const subscription = watch(save);
    return () => subscription.unsubscribe();
  }, [enhanced, step, watch, form]);
  useEffect(() => {
    const field = pendingFocus.current;
    pendingFocus.current = null;
    if (field) setTimeout(() => form.setFocus(field as Path<LearningQuestionInput>), 0);
    else if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step, form]);
  useEffect(() => {
    if (result.kind === 'sent') {
      sessionStorage.removeItem(STORAGE_KEY);
      if (result.answer.path) window.location.assign(result.answer.path);
    }
  }, [result]);

  if (result.kind === 'sent' && !result.answer.path) return <Alert type="ok" role="status">{t('received')}</Alert>;
  if (state.status === 'sent') return <Alert type="ok" role="status">{t('received')}</Alert>;

  const allFields = QUESTION_STEPS.flatMap((s) => s.fields as readonly string[]);
  const { serverErrors, typed, firstServerError, rateLimited } = formFeedback(allFields, state, result, summary);
  const errorOf = (name: FieldName) => formState.errors[name]?.message ?? serverErrors[name];
  const currentFields = QUESTION_STEPS[step]!.fields as readonly string[];
  const errors = enhanced
    ? summary.filter((item) => currentFields.includes(item.fieldId))
    : Object.entries(serverErrors).map(([fieldId, message]) => ({ fieldId, message }));

  const text = (name: FieldName) => ({
    defaultValue: typed[name] === undefined ? undefined : String(typed[name]),
    autoFocus: name === firstServerError,
    ...register(name),
  });
  const list = (name: ListField) => ({
    defaultValue: Array.isArray(typed[name]) ? (typed[name] as string[]) : undefined,
    ...register(name),
  });
  const choice = (name: FieldName) => ({ defaultValue: typed[name] === undefined ? undefined : String(typed[name]), ...register(name) });
  const optionsOf = (name: keyof QuestionFormOptions) => options[name];

  function go(to: number) {
    moved.current = true;
    setStep(to);
  }

  async function next() {
    const valid = await trigger(currentFields as Path<LearningQuestionInput>[], { shouldFocus: true });
    if (valid) go(step + 1);
  }

  /** After a failed send: show the first step with an error and focus its first invalid field. */
  async function submit(event: FormEvent<HTMLFormElement>) {
    await onSubmit(event);
    const invalid = Object.keys(form.formState.errors);
    const first = QUESTION_STEPS.flatMap((s) => s.fields as readonly string[]).find((name) => invalid.includes(name));
    if (!first) return;
    if (stepOf(first) !== step) {
      pendingFocus.current = first;
      setStep(stepOf(first));
    } else {
      // After react-hook-form's own focus, which does not follow the order of the steps.
      setTimeout(() => form.setFocus(first as Path<LearningQuestionInput>), 0);
    }
  }

  const hidden = (index: number) => enhanced && index !== step;
  const stepHeading = (index: number) => (
    <legend className="ww-step-legend">
      <Heading level={2} ref={index === step ? headingRef : undefined} tabIndex={-1}>
        {enhanced ? <span className="ww-step-progress">{t('progress', { current: index + 1, total: QUESTION_STEPS.length })}: </span> : null}
        {t(`steps.${QUESTION_STEPS[index]!.id}`)}
      </Heading>
    </legend>
  );

  return (
    <form action={formAction} onSubmit={submit} noValidate className="max-w-3xl">
      {enhanced ? (
        <nav aria-label={t('stepsLabel')}>
          <ol className="ww-steps">
            {QUESTION_STEPS.map((s, index) => (
              <li key={s.id} aria-current={index === step ? 'step' : undefined} className={index === step ? 'ww-steps__current' : undefined}>
                {t(`steps.${s.id}`)}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <Paragraph>{t('savedNote')}</Paragraph>
      <ErrorSummary errors={errors} focusOnAppear={false} />
      {rateLimited ? <Alert type="error">{rateLimited}</Alert> : null}
      {result.kind === 'failed' ? <Alert type="error">{result.message}</Alert> : null}
      <Honeypot />

      <fieldset hidden={hidden(0)} className="ww-step">
        {stepHeading(0)}
        <CheckboxGroup id="themes" legend={t('fields.themes')} description={t('fields.themesHint')} requirement="required" error={errorOf('themes')} options={optionsOf('themes')} {...list('themes')} />
        <FormField id="question" label={t('fields.question')} description={t('fields.questionHint')} requirement="required" error={errorOf('question')}>
          {(control) => <Textarea {...control} rows={6} {...text('question')} />}
        </FormField>
        <FormField id="urgency" label={t('fields.urgency')} description={t('fields.urgencyHint')} requirement="optional" error={errorOf('urgency')}>
          {(control) => <Textarea {...control} rows={3} {...text('urgency')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(1)} className="ww-step">
        {stepHeading(1)}
        <CheckboxGroup id="targetGroups" legend={t('fields.targetGroups')} requirement="required" error={errorOf('targetGroups')} options={optionsOf('targetGroups')} {...list('targetGroups')} />
        <FormField id="perspectives" label={t('fields.perspectives')} description={t('fields.perspectivesHint')} requirement="optional" error={errorOf('perspectives')}>
          {(control) => <Textarea {...control} rows={3} {...text('perspectives')} />}
        </FormField>
        <CheckboxGroup id="sectors" legend={t('fields.sectors')} requirement="optional" error={errorOf('sectors')} options={optionsOf('sectors')} {...list('sectors')} />
        <CheckboxGroup id="levels" legend={t('fields.levels')} description={t('fields.levelsHint')} requirement="optional" error={errorOf('levels')} options={optionsOf('levels')} {...list('levels')} />
        <RadioGroup id="disciplinarity" legend={t('fields.disciplinarity')} requirement="optional" error={errorOf('disciplinarity')} options={optionsOf('disciplinarity')} {...choice('disciplinarity')} />
        <FormField id="groupSize" label={t('fields.groupSize')} description={t('fields.groupSizeHint')} requirement="optional" error={errorOf('groupSize')}>
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              className="ww-input-short"
              defaultValue={typed.groupSize === undefined ? undefined : String(typed.groupSize)}
              {...register('groupSize', { setValueAs: (value: unknown) => (value === '' || value === undefined || value === null ? undefined : Number(value)) })}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(2)} className="ww-step">
        {stepHeading(2)}
        <RadioGroup id="learningGoal" legend={t('fields.learningGoal')} requirement="optional" error={errorOf('learningGoal')} options={optionsOf('learningGoals')} {...choice('learningGoal')} />
        <CheckboxGroup id="preferredForms" legend={t('fields.preferredForms')} description={t('fields.preferredFormsHint')} requirement="optional" error={errorOf('preferredForms')} options={optionsOf('forms')} {...list('preferredForms')} />
        <RadioGroup id="intensity" legend={t('fields.intensity')} requirement="optional" error={errorOf('intensity')} options={optionsOf('intensities')} {...choice('intensity')} />
        <FormField id="timeAvailable" label={t('fields.timeAvailable')} description={t('fields.timeAvailableHint')} requirement="optional" error={errorOf('timeAvailable')}>
          {(control) => <TextInput {...control} {...text('timeAvailable')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(3)} className="ww-step">
        {stepHeading(3)}
        <RadioGroup id="scale" legend={t('fields.scale')} requirement="required" error={errorOf('scale')} options={optionsOf('scales')} {...choice('scale')} />
        <FormField id="province" label={t('fields.province')} description={t('fields.provinceHint')} error={errorOf('province')}>
          {(control) => (
            <Select {...control} {...text('province')}>
              <option value="">{t('fields.chooseProvince')}</option>
              {optionsOf('provinces').map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="municipality" label={t('fields.municipality')} description={t('fields.municipalityHint')} error={errorOf('municipality')}>
          {(control) => <TextInput {...control} autoComplete="address-level2" {...text('municipality')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(4)} className="ww-step">
        {stepHeading(4)}
        <FormField id="startFrom" label={t('fields.startFrom')} description={t('fields.startFromHint')} requirement="optional" error={errorOf('startFrom')}>
          {(control) => <TextInput {...control} className="ww-input-short" {...text('startFrom')} />}
        </FormField>
        <FormField id="duration" label={t('fields.duration')} description={t('fields.durationHint')} requirement="optional" error={errorOf('duration')}>
          {(control) => <TextInput {...control} {...text('duration')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(5)} className="ww-step">
        {stepHeading(5)}
        <RadioGroup id="askerType" legend={t('fields.askerType')} requirement="optional" error={errorOf('askerType')} options={optionsOf('askerTypes')} {...choice('askerType')} />
        <FormField id="organisation" label={t('fields.organisation')} requirement="optional" error={errorOf('organisation')}>
          {(control) => <TextInput {...control} autoComplete="organization" {...text('organisation')} />}
        </FormField>
        <FormField id="contactName" label={t('fields.contactName')} requirement="required" error={errorOf('contactName')}>
          {(control) => <TextInput {...control} autoComplete="name" {...text('contactName')} />}
        </FormField>
        <FormField id="contactEmail" label={t('fields.contactEmail')} description={t('fields.contactEmailHint')} requirement="required" error={errorOf('contactEmail')}>
          {(control) => <TextInput {...control} type="email" autoComplete="email" {...text('contactEmail')} />}
        </FormField>
        <Checkbox id="consentContact" label={t('fields.consentContact')} error={errorOf('consentContact')} aria-required defaultChecked={typed.consentContact === true} {...register('consentContact')} />
        <Checkbox id="consentConnect" label={t('fields.consentConnect')} description={t('fields.consentConnectHint')} defaultChecked={typed.consentConnect === true} {...register('consentConnect')} />
      </fieldset>

      <div className="ww-step-buttons">
        {enhanced && step > 0 ? (
          <Button key="previous" type="button" purpose="secondary" onClick={() => go(step - 1)}>
            {t('previous')}
          </Button>
        ) : null}
        {enhanced && step < QUESTION_STEPS.length - 1 ? (
          // Keys keep "next" and "send" apart: a reused element turned into a submit button during
          // its own click would send the form.
          <Button key="next" type="button" purpose="primary" onClick={next}>
            {t('next')}
          </Button>
        ) : (
          <Button key="submit" type="submit" purpose="primary" busy={pending || formState.isSubmitting}>
            {t('submit')}
          </Button>
        )}
      </div>
    </form>
  );
}

'use client';

// The learning question form (/leervraag) in seven steps; the question comes first, in the asker's
// own words, and the themes step shows the themes suggested from those words ticked, with the full
// list grouped (the five gap themes first). With JavaScript one step shows at a time, each checked
// with the shared schema before the next; what was typed is kept in sessionStorage so a reload keeps
// the progress. Without JavaScript all steps show as one form that posts to the server action; sent
// without themes, it comes back with the suggested themes ticked.
import { useActionState, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { Path } from 'react-hook-form';
import { FormTail } from '@/components/forms/FormTail';
import { sendLearningQuestion, type LearningQuestionActionState } from '@/app/[locale]/leervraag/send-learning-question';
import { suggestQuestionThemes } from '@/app/[locale]/leervraag/suggest-question-themes';
import { formFeedback } from '@/components/forms/form-feedback';
import { useJsonForm } from '@/components/forms/use-json-form';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { CheckboxGroup, type ChoiceOption } from '@/components/ui/CheckboxGroup';
import { Fieldset } from '@/components/ui/Fieldset';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import { learningQuestionSchema, QUESTION_STEPS, type LearningQuestionInput } from '@/lib/matchmaking/learning-question-schema';
import type { ThemeGroup } from '@/lib/matchmaking/question-form-options';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

export type QuestionFormOptions = Record<
  'themes' | 'targetGroups' | 'sectors' | 'levels' | 'disciplinarity' | 'learningGoals' | 'forms' | 'intensities' | 'scales' | 'provinces' | 'askerTypes',
  ChoiceOption[]
> & { themeGroups: ThemeGroup[] };

type FieldName = keyof LearningQuestionInput;
const STORAGE_KEY = 'wijkwijzer:leervraag';
type ListField = 'themes' | 'targetGroups' | 'sectors' | 'levels' | 'preferredForms';
/** `suggested`: the themes suggested for the question `suggestedFor`. */
type SavedProgress = { values?: Partial<LearningQuestionInput>; step?: number; suggested?: string[]; suggestedFor?: string };
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
  const [state, formAction, pending] = useActionState<LearningQuestionActionState, FormData>(sendLearningQuestion, { status: 'idle' }, permalink);
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
  const [suggestion, setSuggestion] = useState<{ themes: string[]; question: string } | null>(null);
  // Snapshots must be stable values: the saved suggestion as one string.
  const savedSuggestion = useSyncExternalStore(noSubscription, () => JSON.stringify(readProgress()?.suggested ? [readProgress()!.suggested, readProgress()!.suggestedFor ?? ''] : null), () => 'null');
  const suggested = useMemo(() => {
    if (suggestion) return suggestion;
    const saved = JSON.parse(savedSuggestion) as [string[], string] | null;
    return saved ? { themes: saved[0], question: saved[1] } : null;
  }, [suggestion, savedSuggestion]);
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
    const save = () =>
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ values: form.getValues(), step, suggested: suggested?.themes, suggestedFor: suggested?.question } satisfies SavedProgress));
    save();
    const subscription = watch(save);
    return () => subscription.unsubscribe();
  }, [enhanced, step, watch, form, suggested]);
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

  const themeLabel = new Map(options.themes.map((option) => [option.value, String(option.label)]));
  const noScriptSuggestion = state.status === 'invalid' ? state.suggestedThemes : undefined;
  const shownSuggestion = enhanced ? suggested?.themes : noScriptSuggestion;
  const suggestedNote = shownSuggestion
    ? [
        shownSuggestion.length > 0 ? t('suggestion.found', { themes: shownSuggestion.map((theme) => themeLabel.get(theme) ?? theme).join(', ') }) : t('suggestion.none'),
        enhanced ? '' : t('suggestion.checkAndSend'),
      ]
        .filter(Boolean)
        .join(' ')
    : null;

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
  const optionsOf = (name: Exclude<keyof QuestionFormOptions, 'themeGroups'>) => options[name];

  function go(to: number) {
    moved.current = true;
    setStep(to);
  }

  /**
   * Leaving the question step: suggest the themes that fit its words and tick them, unless the
   * asker already chose other themes for this question.
   */
  async function suggestForQuestion() {
    const question = form.getValues('question') ?? '';
    if (suggested?.question === question) return;
    const themes = await suggestQuestionThemes(question).catch(() => null);
    if (!themes) return;
    const chosen = form.getValues('themes') ?? [];
    const untouched = chosen.length === 0 || (suggested !== null && chosen.length === suggested.themes.length && chosen.every((theme) => suggested.themes.includes(theme)));
    if (untouched) form.setValue('themes', themes);
    setSuggestion({ themes, question });
  }

  async function next() {
    const valid = await trigger(currentFields as Path<LearningQuestionInput>[], { shouldFocus: true });
    if (!valid) return;
    if (QUESTION_STEPS[step]!.id === 'what') await suggestForQuestion();
    go(step + 1);
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
      <FormTail errors={errors} rateLimited={rateLimited} failed={result.kind === 'failed' ? result.message : undefined} />

      <fieldset hidden={hidden(0)} className="ww-step">
        {stepHeading(0)}
        <FormField id="question" label={t('fields.question')} description={t('fields.questionHint')} requirement="required" error={errorOf('question')}>
          {(control) => <Textarea {...control} rows={6} {...text('question')} />}
        </FormField>
        <FormField id="urgency" label={t('fields.urgency')} description={t('fields.urgencyHint')} requirement="optional" error={errorOf('urgency')}>
          {(control) => <Textarea {...control} rows={3} {...text('urgency')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(1)} className="ww-step">
        {stepHeading(1)}
        {suggestedNote ? (
          <Alert type="info" role="none">
            {suggestedNote}
          </Alert>
        ) : null}
        <Fieldset id="themes" legend={t('fields.themes')} description={enhanced ? t('fields.themesHint') : t('fields.themesHintNoScript')} requirement="required" error={errorOf('themes')}>
          {options.themeGroups.map((group, index) => (
            <CheckboxGroup
              key={group.id}
              id={index === 0 ? 'themes' : `themes-${group.id}`}
              legend={group.label}
              options={group.options}
              className={group.id === 'gap' ? 'ww-theme-group ww-theme-group--gap' : 'ww-theme-group'}
              {...list('themes')}
            />
          ))}
        </Fieldset>
      </fieldset>

      <fieldset hidden={hidden(2)} className="ww-step">
        {stepHeading(2)}
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

      <fieldset hidden={hidden(3)} className="ww-step">
        {stepHeading(3)}
        <RadioGroup id="learningGoal" legend={t('fields.learningGoal')} requirement="optional" error={errorOf('learningGoal')} options={optionsOf('learningGoals')} {...choice('learningGoal')} />
        <CheckboxGroup id="preferredForms" legend={t('fields.preferredForms')} description={t('fields.preferredFormsHint')} requirement="optional" error={errorOf('preferredForms')} options={optionsOf('forms')} {...list('preferredForms')} />
        <RadioGroup id="intensity" legend={t('fields.intensity')} requirement="optional" error={errorOf('intensity')} options={optionsOf('intensities')} {...choice('intensity')} />
      </fieldset>

      <fieldset hidden={hidden(4)} className="ww-step">
        {stepHeading(4)}
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

      <fieldset hidden={hidden(5)} className="ww-step">
        {stepHeading(5)}
        <FormField id="startFrom" label={t('fields.startFrom')} description={t('fields.startFromHint')} requirement="optional" error={errorOf('startFrom')}>
          {(control) => <TextInput {...control} type="date" className="ww-input-short" {...text('startFrom')} />}
        </FormField>
      </fieldset>

      <fieldset hidden={hidden(6)} className="ww-step">
        {stepHeading(6)}
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

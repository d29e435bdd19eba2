'use client';

// One step of the wizard. Without JavaScript the form posts to its server action, which saves and
// moves on (or returns errors). With JavaScript the same action is called from here, after the
// step's own zod schema has checked the answers, so a lost connection shows a message and keeps
// everything typed instead of leaving the page.
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { readFormData } from '@/lib/forms/read-form-data';
import type { LearningFormProfile } from '@/lib/menukaart/recommend-learning-forms';
import { issueMessage, PARSE_OPTIONS, type ValidationLocale } from '@/lib/validation/describe-issue';
import { findStep, stepSchema, type PlanAnswers, type PlanRouteId } from '@/lib/wizard/plan-steps';
import { planWarnings, stepWarnings } from '@/lib/wizard/plan-warnings';
import { saveStepAnswers } from '@/app/[locale]/leernetwerk-opzetten/plan/[token]/stap/[step]/save-step-answers';
import type { FieldView, StepActionState } from './field-view';
import { PlanWarningList } from './PlanWarningList';
import { WizardField } from './WizardField';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

export const STEP_FORM_ID = 'step-form';

export function StepForm(props: {
  token: string;
  route: PlanRouteId;
  stepNumber: number;
  totalSteps: number;
  version: number;
  fields: FieldView[];
  answers: PlanAnswers;
  forms: readonly LearningFormProfile[];
  /** Extra content per field name, shown after that field (e.g. the rhythm advice). */
  after?: Record<string, ReactNode>;
}) {
  const { token, route, stepNumber, totalSteps, fields, forms } = props;
  const t = useTranslations('wizard');
  const locale = useLocale() as ValidationLocale;
  const step = findStep(route, stepNumber)!;
  const stepId = step.id;
  const permalink = useFormPermalink();
  const [serverState, formAction] = useActionState<StepActionState, FormData>(saveStepAnswers, { status: 'idle' }, permalink);
  const [jsState, setJsState] = useState<StepActionState | undefined>();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<'network' | 'server' | undefined>();
  const [pending, startTransition] = useTransition();
  const [liveAnswers, setLiveAnswers] = useState<PlanAnswers>(props.answers);
  const lastSubmitter = useRef<HTMLElement | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [restored, setRestored] = useState(false);
  const draftKey = `ww-plan-draft:${token}:${stepNumber}`;

  // What is typed but not yet saved is kept in this browser, so closing the window loses nothing;
  // the draft is put back into the form when the step is opened again.
  useEffect(() => {
    const form = formRef.current;
    const stored = readDraft(draftKey);
    if (!form || !stored) return;
    const before = JSON.stringify(currentAnswers(form));
    applyDraft(form, stored);
    if (JSON.stringify(currentAnswers(form)) === before) return;
    const parsed = stepSchema(step).safeParse(currentAnswers(form));
    if (parsed.success) setLiveAnswers((answers) => ({ ...answers, [stepId]: parsed.data }));
    setRestored(true);
    // Runs once, when the step opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const state = jsState ?? serverState;
  const values = state.status === 'invalid' || state.status === 'conflict' ? state.values : (props.answers[stepId] ?? {});
  const version = state.status === 'conflict' ? state.version : props.version;
  const fieldErrors = { ...(state.status === 'invalid' ? state.fieldErrors : {}), ...clientErrors };
  const summary = fields.filter((field) => fieldErrors[field.name]).map((field) => ({ fieldId: field.name, message: fieldErrors[field.name]! }));
  const firstServerError = state.status === 'invalid' ? fields.find((field) => state.fieldErrors[field.name])?.name : undefined;

  function currentAnswers(form: HTMLFormElement) {
    const raw = readFormData(new FormData(form), stepSchema(step));
    return Object.fromEntries(step.fields.map((field) => [field.name, raw[field.name]]));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const typed = currentAnswers(event.currentTarget);
    writeDraft(draftKey, typed);
    const parsed = stepSchema(step).safeParse(typed);
    if (parsed.success) setLiveAnswers({ ...props.answers, [stepId]: parsed.data });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = ((event.nativeEvent as SubmitEvent).submitter as HTMLElement | null) ?? lastSubmitter.current;
    lastSubmitter.current = submitter;
    const parsed = stepSchema(step).safeParse(currentAnswers(form), PARSE_OPTIONS);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path.find((segment) => typeof segment === 'string') ?? '');
        errors[name] ??= issueMessage(issue, locale);
      }
      setClientErrors(errors);
      const first = fields.find((field) => errors[field.name]);
      if (first) document.getElementById(first.name)?.focus();
      return;
    }
    setClientErrors({});
    setFailure(undefined);
    const formData = new FormData(form, submitter);
    const draft = currentAnswers(form);
    removeDraft(draftKey);
    startTransition(async () => {
      try {
        const result = await saveStepAnswers(state, formData);
        setJsState(result);
        // After a successful save the action has moved on to the next page; otherwise keep the draft.
        if (result && result.status !== 'idle') writeDraft(draftKey, draft);
        if (result.status === 'invalid') {
          const first = fields.find((field) => result.fieldErrors[field.name]);
          if (first) document.getElementById(first.name)?.focus();
        }
      } catch (error) {
        // A redirect after a successful save is not a failure.
        if (error instanceof Error && /NEXT_REDIRECT/.test(String((error as { digest?: string }).digest ?? error.message))) throw error;
        writeDraft(draftKey, draft);
        setFailure(error instanceof TypeError ? 'network' : 'server');
      }
    });
  }

  function retry() {
    const form = document.getElementById(STEP_FORM_ID) as HTMLFormElement | null;
    form?.requestSubmit(lastSubmitter.current instanceof HTMLButtonElement ? lastSubmitter.current : undefined);
  }

  const warnings = stepWarnings(stepNumber, planWarnings(route, liveAnswers, forms));
  const isLast = stepNumber === totalSteps;

  return (
    <form ref={formRef} id={STEP_FORM_ID} action={formAction} onSubmit={onSubmit} onChange={onChange} noValidate className="max-w-3xl" data-version={version}>
      <ErrorSummary errors={summary} focusOnAppear={false} />
      {restored ? <Alert type="info">{t('step.restored')}</Alert> : null}
      {state.status === 'conflict' ? <Alert type="warning">{t('step.conflict')}</Alert> : null}
      {state.status === 'rate-limited' ? <Alert type="error">{state.message}</Alert> : null}
      {failure ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{t(failure === 'network' ? 'step.networkError' : 'step.serverError')}</p>
          <Button type="button" purpose="secondary" onClick={retry}>
            {t('step.retry')}
          </Button>
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="step" value={stepNumber} />
      <input type="hidden" name="version" value={version} />
      {fields.map((field) => (
        <div key={field.name}>
          <WizardField field={field} value={values[field.name]} error={fieldErrors[field.name]} emptyOption="—" autoFocus={field.name === firstServerError} />
          {props.after?.[field.name]}
        </div>
      ))}
      <div aria-live="polite">
        <PlanWarningList warnings={warnings} />
      </div>
      <div className="flex flex-wrap gap-4">
        <Button type="submit" name="goto" value={isLast ? 'plan' : 'next'} purpose="primary" busy={pending}>
          {isLast ? t('step.finish') : t('step.save')}
        </Button>
        {stepNumber > 1 ? (
          <Button type="submit" name="goto" value="previous" purpose="secondary" busy={pending}>
            {t('step.previous')}
          </Button>
        ) : null}
        {!isLast ? (
          <Button type="submit" name="goto" value="plan" purpose="subtle" busy={pending}>
            {t('step.overview')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function readDraft(key: string): Record<string, unknown> | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string, values: Record<string, unknown>) {
  try {
    window.localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Private browsing or a full storage: the save itself still works.
  }
}

function removeDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to remove
  }
}

/** Puts draft values back into the (uncontrolled) fields of the form. */
function applyDraft(form: HTMLFormElement, draft: Record<string, unknown>) {
  for (const [name, value] of Object.entries(draft)) {
    const inputs = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`);
    for (const input of inputs) {
      if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) {
        input.checked = Array.isArray(value) ? value.includes(input.value) : value === input.value;
      } else {
        input.value = value === undefined || value === null ? '' : String(value);
      }
    }
  }
}

'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { FormTail } from '@/components/forms/FormTail';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { TextInput } from '@/components/ui/TextInput';
import { startPlan } from '@/app/[locale]/leernetwerk-opzetten/nieuw/start-plan';
import type { FormActionState } from '@/lib/forms/action-state';
import { readFormData } from '@/lib/forms/read-form-data';
import { issueMessage, PARSE_OPTIONS, type ValidationLocale } from '@/lib/validation/describe-issue';
import { startPlanSchema } from '@/lib/wizard/network-plan-schemas';
import { useFormPermalink } from '@/components/forms/use-form-permalink';

const FIELDS = ['route', 'contactName', 'contactEmail'] as const;

/** Starting a plan: the route, and optionally a name and e-mail address for the resume link. */
export function StartPlanForm({ route, leervraag }: { route?: 'light' | 'full'; leervraag?: string }) {
  const t = useTranslations('wizard.start');
  const locale = useLocale() as ValidationLocale;
  const permalink = useFormPermalink();
  const [state, formAction, pending] = useActionState<FormActionState, FormData>(startPlan, { status: 'idle' }, permalink);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const serverErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const typed = state.status === 'invalid' ? state.values : {};
  const errors = { ...serverErrors, ...clientErrors };
  const summary = FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: field, message: errors[field]! }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = startPlanSchema.safeParse(readFormData(new FormData(event.currentTarget)), PARSE_OPTIONS);
    if (parsed.success) {
      setClientErrors({});
      return; // the server action takes it from here
    }
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issueMessage(issue, locale);
    setClientErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(first)?.focus();
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <FormTail errors={summary} rateLimited={state.status === 'rate-limited' ? state.message : undefined} />
      {leervraag ? <input type="hidden" name="leervraag" value={leervraag} /> : null}
      <RadioGroup
        id="route"
        name="route"
        legend={t('route')}
        requirement="required"
        error={errors.route}
        defaultValue={String(typed.route ?? route ?? '')}
        options={[
          { value: 'light', label: t('routes.light') },
          { value: 'full', label: t('routes.full') },
        ]}
      />
      <FormField id="contactName" label={t('contactName')} requirement="optional" error={errors.contactName}>
        {(control) => <TextInput {...control} name="contactName" autoComplete="name" defaultValue={typed.contactName as string | undefined} />}
      </FormField>
      <FormField id="contactEmail" label={t('contactEmail')} description={t('contactEmailHint')} requirement="optional" error={errors.contactEmail}>
        {(control) => <TextInput {...control} name="contactEmail" type="email" autoComplete="email" defaultValue={typed.contactEmail as string | undefined} />}
      </FormField>
      <Button type="submit" purpose="primary" busy={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}

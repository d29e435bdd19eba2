'use client';

// The "who are you" fields of a public form: name, e-mail address and organisation (optional), under
// the names the form's schema uses for them.
import type { ComponentProps } from 'react';
import { FormField } from '@/components/ui/FormField';
import { TextInput } from '@/components/ui/TextInput';

type InputProps = Partial<ComponentProps<typeof TextInput>>;

export interface ContactFieldNames<Field extends string> {
  name: Field;
  email: Field;
  organisation: Field;
}

export function ContactFields<Field extends string>({
  names,
  labels,
  errorOf,
  field,
}: {
  names: ContactFieldNames<Field>;
  labels: { name: string; email: string; emailHint?: string; organisation: string };
  errorOf: (field: Field) => string | undefined;
  /** The input's props for a field: registration, typed value, focus. */
  field: (field: Field) => InputProps;
}) {
  return (
    <>
      <FormField id={names.name} label={labels.name} requirement="required" error={errorOf(names.name)}>
        {(control) => <TextInput {...control} autoComplete="name" {...field(names.name)} />}
      </FormField>
      <FormField id={names.email} label={labels.email} description={labels.emailHint} requirement="required" error={errorOf(names.email)}>
        {(control) => <TextInput {...control} type="email" autoComplete="email" {...field(names.email)} />}
      </FormField>
      <FormField id={names.organisation} label={labels.organisation} requirement="optional" error={errorOf(names.organisation)}>
        {(control) => <TextInput {...control} autoComplete="organization" {...field(names.organisation)} />}
      </FormField>
    </>
  );
}

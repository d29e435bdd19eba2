import { CheckboxGroup } from '@/components/ui/CheckboxGroup';
import { FormField } from '@/components/ui/FormField';
import { RadioGroup } from '@/components/ui/RadioGroup';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { Textarea } from '@/components/ui/Textarea';
import type { FieldView } from './field-view';

function asText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** One field of a wizard step, uncontrolled (the form works without JavaScript). */
export function WizardField({ field, value, error, emptyOption, autoFocus }: { field: FieldView; value: unknown; error?: string; emptyOption?: string; autoFocus?: boolean }) {
  const requirement = field.required ? 'required' : 'optional';
  switch (field.kind) {
    case 'checkboxes':
      return (
        <CheckboxGroup
          id={field.name}
          name={field.name}
          legend={field.label}
          description={field.hint}
          error={error}
          requirement={requirement}
          options={field.options ?? []}
          defaultValue={Array.isArray(value) ? value.map(String) : []}
          autoFocus={autoFocus}
        />
      );
    case 'radio':
      return (
        <RadioGroup
          id={field.name}
          name={field.name}
          legend={field.label}
          description={field.hint}
          error={error}
          requirement={requirement}
          options={field.options ?? []}
          defaultValue={asText(value) ?? ''}
          autoFocus={autoFocus}
        />
      );
    default:
      return (
        <FormField id={field.name} label={field.label} description={field.hint} error={error} requirement={requirement}>
          {(control) =>
            field.kind === 'textarea' ? (
              <Textarea {...control} autoFocus={autoFocus} name={field.name} rows={5} defaultValue={asText(value)} />
            ) : field.kind === 'select' ? (
              <Select {...control} autoFocus={autoFocus} name={field.name} defaultValue={asText(value) ?? ''}>
                <option value="">{emptyOption}</option>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            ) : (
              <TextInput
                {...control}
                name={field.name}
                autoFocus={autoFocus}
                type={field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'number' ? 'numeric' : undefined}
                min={field.kind === 'number' ? field.min : undefined}
                max={field.kind === 'number' ? field.max : undefined}
                defaultValue={asText(value)}
                className={field.kind === 'number' ? 'max-w-40' : undefined}
              />
            )
          }
        </FormField>
      );
  }
}

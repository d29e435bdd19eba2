import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldMessages, RequirementMarker, type Requirement } from './FieldMessages';

/** Props FormField hands to its control: spread them on TextInput, Textarea or Select. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
};

export type FormFieldProps = {
  /** Id of the control; the description and error message get `${id}-description` / `${id}-error`. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** The error message; when set the control is marked invalid. */
  error?: ReactNode;
  /** Adds "(verplicht)" or "(optioneel)" to the label; "required" also sets aria-required. */
  requirement?: Requirement;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * Label, description, error message and one control, wired for assistive technology:
 *
 *   <FormField id="email" label={t('email')} error={errors.email?.message}>
 *     {(control) => <TextInput type="email" {...control} {...register('email')} />}
 *   </FormField>
 */
export function FormField({ id, label, description, error, requirement, className, children }: FormFieldProps) {
  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy(id, Boolean(description), Boolean(error)),
    'aria-invalid': error ? true : undefined,
    'aria-required': requirement === 'required' ? true : undefined,
  };
  return (
    <div className={classNames('utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced', Boolean(error) && 'utrecht-form-field--invalid', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          <RequirementMarker requirement={requirement} />
        </label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children(control)}</div>
    </div>
  );
}

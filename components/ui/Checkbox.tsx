import type { ComponentProps, ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldMessages } from './FieldMessages';

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'id'> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Error message for a checkbox on its own (e.g. consent); in a CheckboxGroup the group shows it. */
  error?: ReactNode;
};

/** One checkbox with its label. Ref and other props go to the <input>, so register() works. */
export function Checkbox({ id, label, description, error, className, ...props }: CheckboxProps) {
  const invalid = Boolean(error) || props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  const ariaDescribedBy =
    [props['aria-describedby'], describedBy(id, Boolean(description), Boolean(error))].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div
      className={classNames(
        'utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced',
        Boolean(error) && 'utrecht-form-field--invalid',
        className,
      )}
    >
      <div className="utrecht-form-field__input">
        <input
          {...props}
          type="checkbox"
          id={id}
          aria-describedby={ariaDescribedBy}
          aria-invalid={invalid || undefined}
          className={classNames(
            'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom',
            invalid && 'utrecht-checkbox--invalid',
          )}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}

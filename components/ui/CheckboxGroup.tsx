import type { ComponentProps, ReactNode } from 'react';
import { Checkbox } from './Checkbox';
import type { Requirement } from './FieldMessages';
import { Fieldset } from './Fieldset';

export type ChoiceOption = { value: string; label: ReactNode; description?: ReactNode };

type InputProps = Omit<
  ComponentProps<'input'>,
  'type' | 'id' | 'value' | 'defaultValue' | 'defaultChecked' | 'checked' | 'children' | 'className'
>;

export type CheckboxGroupProps = InputProps & {
  /** Id of the first checkbox (link target of the error summary); the others get `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  requirement?: Requirement;
  options: readonly ChoiceOption[];
  /** Values checked on first render (forms that work without JavaScript). */
  defaultValue?: readonly string[];
  className?: string;
};

/**
 * Several checkboxes under one legend. The remaining props (name, onChange, onBlur, ref from
 * register()) go to every checkbox:  <CheckboxGroup id="targetGroups" ... {...register('targetGroups')} />
 */
export function CheckboxGroup({ id, legend, description, error, requirement, options, defaultValue, className, ...inputProps }: CheckboxGroupProps) {
  return (
    <Fieldset id={`${id}-group`} legend={legend} description={description} error={error} requirement={requirement} className={className}>
      <div className="ww-options">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            {...inputProps}
            id={index === 0 ? id : `${id}-${option.value}`}
            value={option.value}
            label={option.label}
            description={option.description}
            defaultChecked={defaultValue?.includes(option.value)}
            aria-invalid={error ? true : undefined}
          />
        ))}
      </div>
    </Fieldset>
  );
}

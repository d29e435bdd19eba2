import type { ComponentProps, ReactNode } from 'react';
import type { ChoiceOption } from './CheckboxGroup';
import { classNames } from './class-names';
import { describedBy, FieldMessages, type Requirement } from './FieldMessages';
import { Fieldset } from './Fieldset';

type InputProps = Omit<
  ComponentProps<'input'>,
  'type' | 'id' | 'value' | 'defaultValue' | 'defaultChecked' | 'checked' | 'children' | 'className'
>;

export type RadioGroupProps = InputProps & {
  /** Id of the first radio button (link target of the error summary); the others get `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  requirement?: Requirement;
  options: readonly ChoiceOption[];
  /** Value selected on first render (forms that work without JavaScript). */
  defaultValue?: string;
  className?: string;
};

/**
 * Radio buttons under one legend: pick one. The remaining props (name, onChange, onBlur, ref from
 * register()) go to every radio button:  <RadioGroup id="scale" ... {...register('scale')} />
 */
export function RadioGroup({ id, legend, description, error, requirement, options, defaultValue, className, ...inputProps }: RadioGroupProps) {
  return (
    <Fieldset id={`${id}-group`} legend={legend} description={description} error={error} requirement={requirement} className={className}>
      <div className="ww-options">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="utrecht-form-field utrecht-form-field--radio">
              <div className="utrecht-form-field__input">
                <input
                  {...inputProps}
                  type="radio"
                  id={optionId}
                  value={option.value}
                  defaultChecked={defaultValue === undefined ? undefined : defaultValue === option.value}
                  aria-describedby={describedBy(optionId, Boolean(option.description), false)}
                  className={classNames('utrecht-radio-button utrecht-radio-button--html-input', Boolean(error) && 'utrecht-radio-button--invalid')}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
              <FieldMessages id={optionId} description={option.description} />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

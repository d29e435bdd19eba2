import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldMessages, RequirementMarker, type Requirement } from './FieldMessages';

export type FieldsetProps = {
  /** Base for the ids of the description (`${id}-description`) and error message (`${id}-error`). */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  requirement?: Requirement;
  className?: string;
  children: ReactNode;
};

/** A group of controls under one question: fieldset, legend, description and error message. */
export function Fieldset({ id, legend, description, error, requirement, className, children }: FieldsetProps) {
  return (
    <fieldset
      aria-describedby={describedBy(id, Boolean(description), Boolean(error))}
      className={classNames(
        'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced',
        Boolean(error) && 'utrecht-form-fieldset--invalid',
        className,
      )}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-fieldset__legend--distanced">
        {legend}
        <RequirementMarker requirement={requirement} />
      </legend>
      <FieldMessages id={id} description={description} error={error} />
      {children}
    </fieldset>
  );
}

// Parts shared by FormField, Fieldset and Checkbox: the description and error message with ids
// derived from the control's id, the aria-describedby that points at them, and the
// "(verplicht)" / "(optioneel)" marker.
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { VisuallyHidden } from './VisuallyHidden';

export type Requirement = 'required' | 'optional';

export function describedBy(id: string, hasDescription: boolean, hasError: boolean): string | undefined {
  const ids = [hasDescription && `${id}-description`, hasError && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldMessages({ id, description, error }: { id: string; description?: ReactNode; error?: ReactNode }) {
  const t = useTranslations('common.labels');
  return (
    <>
      {description ? (
        <div id={`${id}-description`} className="utrecht-form-field__description utrecht-form-field-description">
          {description}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="utrecht-form-field__error-message utrecht-form-field-error-message">
          <VisuallyHidden>{t('error')}: </VisuallyHidden>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function RequirementMarker({ requirement }: { requirement?: Requirement }) {
  const t = useTranslations('common.labels');
  return requirement ? <span className="ww-requirement"> ({t(requirement)})</span> : null;
}

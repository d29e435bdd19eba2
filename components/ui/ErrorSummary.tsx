'use client';

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Heading, type HeadingProps } from './Heading';
import { Paragraph } from './Paragraph';

export type ErrorSummaryItem = {
  /** Id of the field's control (for a RadioGroup or CheckboxGroup: its id, i.e. the first option). */
  fieldId: string;
  message: ReactNode;
};

export type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  /** Defaults to common.errorSummary.title. */
  title?: ReactNode;
  headingLevel?: HeadingProps['level'];
  /**
   * Take focus when it appears (default). Forms that move focus to the first invalid field
   * themselves pass false, so the two do not compete.
   */
  focusOnAppear?: boolean;
};

/**
 * The list of errors above a form after a failed submit. It takes focus when it appears (and when
 * the set of errors changes), so screen reader users hear it; each error links to its field.
 */
export function ErrorSummary({ errors, title, headingLevel = 2, focusOnAppear = true }: ErrorSummaryProps) {
  const t = useTranslations('common.errorSummary');
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const fieldIds = errors.map((error) => error.fieldId).join(' ');

  useEffect(() => {
    if (fieldIds && focusOnAppear) ref.current?.focus();
  }, [fieldIds, focusOnAppear]);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={headingId} className="utrecht-alert utrecht-alert--error ww-error-summary">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Heading level={headingLevel} appearance="level-3" id={headingId}>
            {title ?? t('title')}
          </Heading>
          <Paragraph>{t('intro', { count: errors.length })}</Paragraph>
          <ul className="utrecht-unordered-list">
            {errors.map((error) => (
              <li key={error.fieldId} className="utrecht-unordered-list__item">
                <a className="nl-link" href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

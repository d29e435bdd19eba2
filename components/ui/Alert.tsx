import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { Heading, type HeadingProps } from './Heading';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export type AlertProps = {
  type?: AlertType;
  heading?: ReactNode;
  headingLevel?: HeadingProps['level'];
  /**
   * Defaults to "alert" for errors and warnings (read out at once) and "status" for info and ok
   * (read out politely). Use "none" for a message that is simply part of the page.
   */
  role?: 'alert' | 'status' | 'none';
  className?: string;
  children?: ReactNode;
};

/** A message box (Utrecht alert) for information, success, a warning or an error. */
export function Alert({ type = 'info', heading, headingLevel = 2, role, className, children }: AlertProps) {
  const ariaRole = role ?? (type === 'error' || type === 'warning' ? 'alert' : 'status');
  return (
    <div className={classNames('utrecht-alert', `utrecht-alert--${type}`, className)} role={ariaRole === 'none' ? undefined : ariaRole}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading ? (
            <Heading level={headingLevel} appearance="level-4">
              {heading}
            </Heading>
          ) : null}
          {children}
        </div>
      </div>
    </div>
  );
}

import type { HTMLAttributes } from 'react';
import { classNames } from './class-names';

export type DataBadgeProps = HTMLAttributes<HTMLElement> & {
  /** Machine-readable value; when set the badge is a <data value> element. */
  value?: string;
};

/** A short piece of data shown as a badge (a theme, a scale, a status), NL Design System styling. */
export function DataBadge({ className, value, ...props }: DataBadgeProps) {
  const classes = classNames('nl-data-badge', className);
  return value === undefined ? (
    <span className={classes} {...props} />
  ) : (
    <data className={classes} value={value} {...props} />
  );
}

import type { ComponentProps } from 'react';
import { classNames } from './class-names';

/** Text for screen readers only, e.g. "Pagina" before a page number. */
export function VisuallyHidden({ className, ...props }: ComponentProps<'span'>) {
  return <span className={classNames('sr-only', className)} {...props} />;
}

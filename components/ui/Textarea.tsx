import type { ComponentProps } from 'react';
import { classNames } from './class-names';

export type TextareaProps = ComponentProps<'textarea'>;

/** A multi-line text box (Utrecht textarea). Passes ref and all props on, so register() works. */
export function Textarea({ className, rows = 6, ...props }: TextareaProps) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <textarea
      rows={rows}
      className={classNames('utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid', className)}
      {...props}
    />
  );
}

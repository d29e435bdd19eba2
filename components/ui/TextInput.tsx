import type { ComponentProps } from 'react';
import { classNames } from './class-names';

export type TextInputProps = ComponentProps<'input'>;

/** A single-line text box (Utrecht textbox). Passes ref and all props on, so register() works. */
export function TextInput({ className, type = 'text', ...props }: TextInputProps) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <input
      type={type}
      className={classNames('utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid', className)}
      {...props}
    />
  );
}

import type { ComponentProps } from 'react';
import { classNames } from './class-names';

export type SelectProps = ComponentProps<'select'>;

/** A drop-down list (Utrecht select); pass <option> elements as children. Ref and props pass on. */
export function Select({ className, ...props }: SelectProps) {
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <select
      className={classNames('utrecht-select utrecht-select--html-select', invalid && 'utrecht-select--invalid', className)}
      {...props}
    />
  );
}

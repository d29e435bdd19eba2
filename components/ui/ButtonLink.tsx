import type { ComponentProps } from 'react';
import { Link as LocaleLink } from '@/lib/i18n/navigation';
import { classNames } from './class-names';

export type ButtonLinkProps = ComponentProps<typeof LocaleLink> & {
  purpose?: 'primary' | 'secondary' | 'subtle';
};

/** A link to a page of this site that looks like a button: for calls to action that navigate. */
export function ButtonLink({ purpose = 'primary', className, ...props }: ButtonLinkProps) {
  return <LocaleLink className={classNames('nl-button', `nl-button--${purpose}`, className)} {...props} />;
}

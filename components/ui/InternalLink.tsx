import type { ComponentProps } from 'react';
import { Link as LocaleLink } from '@/lib/i18n/navigation';
import { classNames } from './class-names';

export type InternalLinkProps = ComponentProps<typeof LocaleLink> & {
  /** Marks the link as the current page (aria-current="page"). */
  current?: boolean;
};

/** A link to a page of this site, styled as the NL Design System link, in the current language. */
export function InternalLink({ className, current, ...props }: InternalLinkProps) {
  return (
    <LocaleLink
      className={classNames('nl-link', current && 'nl-link--current', className)}
      aria-current={current ? 'page' : undefined}
      {...props}
    />
  );
}

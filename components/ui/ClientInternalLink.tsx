import type { ComponentProps } from 'react';
import { Link as LocaleLink } from '@/lib/i18n/navigation';
import { classNames } from './class-names';

export type ClientInternalLinkProps = ComponentProps<typeof LocaleLink> & {
  /** Marks the link as the current page (aria-current="page"). */
  current?: boolean;
};

/**
 * InternalLink for client components below a ClientMessages provider (it reads the language from
 * it). Server components use InternalLink, which needs no JavaScript in the browser beyond Next.js's.
 */
export function ClientInternalLink({ className, current, ...props }: ClientInternalLinkProps) {
  return (
    <LocaleLink
      className={classNames('nl-link', current && 'nl-link--current', className)}
      aria-current={current ? 'page' : undefined}
      {...props}
    />
  );
}

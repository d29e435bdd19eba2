import NextLink from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { localisedPath } from '@/lib/i18n/localised-path';
import { asLocale } from '@/lib/i18n/translate';
import { classNames } from './class-names';

export type LocalisedLinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & {
  /** A path of this site without the language prefix, e.g. `/aanbod`. */
  href: string;
};

export type InternalLinkProps = LocalisedLinkProps & {
  /** Marks the link as the current page (aria-current="page"). */
  current?: boolean;
};

/**
 * A Next.js link to a page of this site in the language of the page being rendered: a server
 * component, so the browser needs no translation code for it (client components use
 * ClientInternalLink). No prefetching unless asked: on a phone over slow 4G, fetching the code of
 * every linked page while this one loads costs more than it saves (decision 0087).
 */
export function LocalisedLink({ href, prefetch = false, ...props }: LocalisedLinkProps) {
  return <NextLink href={localisedPath(href, asLocale(useLocale()))} prefetch={prefetch} {...props} />;
}

/** A link to a page of this site, styled as the NL Design System link, in the current language. */
export function InternalLink({ className, current, ...props }: InternalLinkProps) {
  return (
    <LocalisedLink
      className={classNames('nl-link', current && 'nl-link--current', className)}
      aria-current={current ? 'page' : undefined}
      {...props}
    />
  );
}

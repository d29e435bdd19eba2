import { classNames } from './class-names';
import { LocalisedLink, type LocalisedLinkProps } from './InternalLink';

export type ButtonLinkProps = LocalisedLinkProps & {
  purpose?: 'primary' | 'secondary' | 'subtle';
};

/** A link to a page of this site that looks like a button: for calls to action that navigate (server components). */
export function ButtonLink({ purpose = 'primary', className, ...props }: ButtonLinkProps) {
  return <LocalisedLink className={classNames('nl-button', `nl-button--${purpose}`, className)} {...props} />;
}

// The NL Design System candidate link, for addresses outside this site (and mailto:). For pages of
// this site use InternalLink, which keeps the visitor's language.
export { Link, type LinkProps } from '@nl-design-system-candidate/link-react';

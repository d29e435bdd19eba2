// The NL Design System candidate skip link: hidden until it gets keyboard focus.
export { SkipLink, type SkipLinkProps } from '@nl-design-system-candidate/skip-link-react';

// The NL Design System candidate heading: `level` sets h1–h6, `appearance` can make it look like another level.
export { Heading, type HeadingProps } from '@nl-design-system-candidate/heading-react';

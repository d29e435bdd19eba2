// The NL Design System candidate paragraph; purpose="lead" for the introduction under a page title.
export { Paragraph, type ParagraphProps } from '@nl-design-system-candidate/paragraph-react';

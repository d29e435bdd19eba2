// The NL Design System candidate button. Give the one main action of a form or page
// purpose="primary"; it renders type="button" unless you pass type="submit".
export { Button, type ButtonProps } from '@nl-design-system-candidate/button-react';

/** Joins the class names that are set: classNames('a', false && 'b', 'c') === 'a c'. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

// react-hook-form resolver for a shared zod schema, with messages from our validation texts in the
// page's language (also for the schemas' own refinement messages, which zod's error maps skip).
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { issueMessage, PARSE_OPTIONS, type ValidationLocale } from '@/lib/validation/describe-issue';

export function localizedResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  locale: ValidationLocale,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values, PARSE_OPTIONS);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      // Errors of list items ("themes.0") belong to the list's field.
      const path = issue.path.filter((segment) => typeof segment === 'string').join('.');
      errors[path] ??= { type: issue.code, message: issueMessage(issue, locale) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

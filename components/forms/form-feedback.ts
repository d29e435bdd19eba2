// What a public form shows from its two ways of sending (decision 0007): the JSON answer when
// JavaScript runs, the server action's state when it does not. Field errors from the browser's own
// check come first; without them, those the server sent back.
import type { ErrorSummaryItem } from '@/components/ui/ErrorSummary';
import type { FormActionState } from '@/lib/forms/action-state';
import type { JsonFormResult } from './use-json-form';

export function formFeedback<Field extends string>(
  fields: readonly Field[],
  state: FormActionState<unknown>,
  result: JsonFormResult<unknown>,
  summary: ErrorSummaryItem[],
) {
  const serverErrors: Record<string, string> = state.status === 'invalid' ? state.fieldErrors : {};
  /** What was typed, sent back by the server action so nothing is lost. */
  const typed: Record<string, unknown> = state.status === 'invalid' ? state.values : {};
  return {
    serverErrors,
    typed,
    firstServerError: fields.find((field) => serverErrors[field]),
    errors: summary.length > 0 ? summary : fields.filter((field) => serverErrors[field]).map((field) => ({ fieldId: field, message: serverErrors[field]! })),
    rateLimited: result.kind === 'rate-limited' ? result.message : state.status === 'rate-limited' ? state.message : undefined,
  };
}

// Text the portal does not take in, wherever it arrives (decision 0095). Every input passes
// `parseInput` (lib/validation/parse-input.ts), which refuses, with a field error in Dutch and
// English, any text that contains:
// - NUL and the other control characters (C0 except tab, line feed and carriage return; DEL; C1):
//   PostgreSQL cannot store NUL (a 500 before this check), and none of them is ever typed;
// - an unpaired UTF-16 surrogate: not a character; it would be stored silently changed to U+FFFD;
// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
//   what is shown against what is stored ("Trojan Source" spoofing of names and links).
// Kept: right-to-left and left-to-right marks (U+200E, U+200F, U+061C) and zero-width joiners, which
// genuine Arabic, Hebrew and emoji text uses; markup and SQL-like text, which is stored as typed
// and shown inert (escaped) everywhere.

/** Nesting deeper than this is refused: no form of ours goes beyond a few levels. */
export const MAX_INPUT_DEPTH = 32;

export type HostileTextProblem = 'unsafeCharacters' | 'tooDeep';

const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds a character we refuse (see above). */
export function hasHostileCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTER.test(text) || UNPAIRED_SURROGATE.test(text);
}

/** Text fit for a lookup (a slug, a search word): no refused character in it. */
export function isCleanText(text: string): boolean {
  return !hasHostileCharacters(text);
}

export interface HostileTextIssue {
  code: 'custom';
  message: HostileTextProblem;
  path: (string | number)[];
  input: unknown;
}

const MAX_ISSUES = 20;

/**
 * Every place in a value (a parsed body, a form, query parameters) where a text or a key holds a
 * refused character, or where the nesting goes deeper than MAX_INPUT_DEPTH; walked without
 * recursion, so no input can exhaust the stack.
 */
export function hostileTextIssues(value: unknown): HostileTextIssue[] {
  const issues: HostileTextIssue[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      if (hasHostileCharacters(current)) issues.push({ code: 'custom', message: 'unsafeCharacters', path, input: current });
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      issues.push({ code: 'custom', message: 'tooDeep', path, input: undefined });
      continue;
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const [key, item] of Object.entries(current)) {
      // A refused key is named by where it sits (the key itself is not repeated in the message).
      if (hasHostileCharacters(key)) issues.push({ code: 'custom', message: 'unsafeCharacters', path, input: key });
      else pending.push({ value: item, path: [...path, key] });
    }
  }
  return issues;
}

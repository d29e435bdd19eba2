// Turns zod issues into plain-language messages in Dutch and English, from the "validation"
// message files. Forms show issueMessage() next to the field; the API and the import, which have
// no field next to them, use describeIssue() that names the field.
import { createTranslator } from 'next-intl';
import type { z } from 'zod';
import nl from '@/lib/i18n/messages/nl/validation.json' with { type: 'json' };
import en from '@/lib/i18n/messages/en/validation.json' with { type: 'json' };

export type ValidationLocale = 'nl' | 'en';
type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const dictionaries = { nl, en } as const;
const MAX_LISTED_VALUES = 12;

function translator(locale: ValidationLocale) {
  return createTranslator({ locale, messages: { validation: dictionaries[locale] }, namespace: 'validation' });
}

/** Parse options that keep the offending input on each issue, so "missing" reads as "required". */
export const PARSE_OPTIONS = { reportInput: true } as const;

function wasMissing(issue: Issue): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined/.test(issue.message ?? '');
}

/** The message key and values for an issue, shared by both languages. */
function classify(issue: Issue): { key: keyof typeof nl.issues; values?: Record<string, string | number> } {
  // An empty text field is "required", whatever else its schema asks of it.
  if (issue.code !== 'custom' && 'input' in issue && typeof issue.input === 'string' && issue.input.trim() === '') return { key: 'required' };
  switch (issue.code) {
    case 'invalid_type':
      return { key: wasMissing(issue) ? 'required' : issue.expected === 'int' ? 'notInteger' : 'invalidType' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { key: 'required' } : { key: 'tooShort', values: { min } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 ? { key: 'chooseAtLeastOne' } : { key: 'tooFewItems', values: { min } };
      return { key: 'tooSmall', values: { min: issue.inclusive === false ? min + 1 : min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'tooLong', values: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'tooManyItems', values: { max } };
      return { key: 'tooLarge', values: { max } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'invalidEmail' };
      if (issue.format === 'url') return { key: 'invalidUrl' };
      if (issue.format === 'regex' && /\\d\{4\}/.test(String(issue.pattern ?? ''))) return { key: 'invalidDate' };
      if (issue.format === 'regex' && /a-z0-9/.test(String(issue.pattern ?? ''))) return { key: 'invalidSlug' };
      return { key: 'invalidFormat' };
    case 'invalid_value': {
      if ('input' in issue && issue.input === undefined) return { key: 'required' };
      const values = issue.values.map(String);
      return values.length <= MAX_LISTED_VALUES
        ? { key: 'unknownValue', values: { allowed: values.join(', ') } }
        : { key: 'unknownValueLong' };
    }
    case 'unrecognized_keys':
      return { key: 'unknownField', values: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const key = issue.message as keyof typeof nl.issues;
      return key && key in nl.issues ? { key } : { key: 'invalid' };
    }
    default: {
      const key = issue.message as keyof typeof nl.issues;
      return key && key in nl.issues ? { key } : { key: 'invalid' };
    }
  }
}

/** Message for the field's own error line, e.g. "Vul minstens 3 tekens in." */
export function issueMessage(issue: Issue, locale: ValidationLocale): string {
  const { key, values } = classify(issue);
  return translator(locale)(`issues.${key}`, values);
}

/** Name of the field an issue is about, in the given language. */
export function fieldLabel(path: readonly PropertyKey[], locale: ValidationLocale): string {
  const name = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (!name) return locale === 'nl' ? 'Invoer' : 'Input';
  const fields = dictionaries[locale].fields as Record<string, string>;
  return fields[name] ?? name;
}

/**
 * A message that names the field: "Titel: Vul minstens 3 tekens in." With 'both', Dutch first,
 * then English: "Titel: … / Title: …".
 */
export function describeIssue(issue: Issue, locale: ValidationLocale | 'both'): string {
  const path = issue.path ?? [];
  const one = (lang: ValidationLocale) => `${fieldLabel(path, lang)}: ${issueMessage(issue, lang)}`;
  return locale === 'both' ? `${one('nl')} / ${one('en')}` : one(locale);
}

/** zod error function for forms (react-hook-form's zodResolver) in the page's language. */
export function zodErrorMap(locale: ValidationLocale) {
  return (issue: z.core.$ZodRawIssue) => issueMessage(issue, locale);
}

/** The API's error shape: [{ path, message }], in one language or (by default) Dutch and English. */
export function toApiIssues(error: z.ZodError, locale?: ValidationLocale): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: describeIssue(issue, locale ?? 'both') }));
}

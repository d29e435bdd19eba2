import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formFeedback } from '@/components/forms/form-feedback';
import { slugify } from '@/lib/catalogue/slugify';
import { readFormData } from '@/lib/forms/read-form-data';
import { describeIssue, issueMessage, PARSE_OPTIONS } from '@/lib/validation/describe-issue';

describe('slugify', () => {
  it.each([
    ['Leernetwerk Zuid-Holland Zuid', 'leernetwerk-zuid-holland-zuid'],
    ['Coöperatie & Café: één wijk!', 'cooperatie-cafe-een-wijk'],
    ['  --  ', 'aanbod-zonder-titel'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('reading a form sent without JavaScript', () => {
  it('turns checkbox groups into lists, checkboxes into booleans and empty numbers into absent, as the schema says', () => {
    const schema = z.object({
      title: z.string(),
      themes: z.array(z.string()),
      scales: z.array(z.string()).optional(),
      openToJoin: z.boolean(),
      consent: z.boolean().default(false),
      capacity: z.preprocess((value) => value, z.number().int().optional()),
      participants: z.number().int().nullable(),
    });
    const form = new FormData();
    form.append('title', 'Wijklab');
    form.append('themes', 'poverty');
    form.append('themes', 'social-base');
    form.append('openToJoin', 'on');
    form.append('capacity', '');
    form.append('participants', '12');
    form.append('$ACTION_ID_abc', '');
    expect(readFormData(form, schema)).toEqual({
      title: 'Wijklab',
      themes: ['poverty', 'social-base'],
      scales: [],
      openToJoin: true,
      consent: false,
      capacity: undefined,
      participants: 12,
    });
  });
});

describe('validation messages', () => {
  const schema = z.object({ name: z.string().trim().min(2), email: z.email(), themes: z.array(z.string()).min(1), size: z.number().int().max(20) });
  const issues = (value: unknown) => schema.safeParse(value, PARSE_OPTIONS).error!.issues;

  it('says "required" for an empty or missing field, in Dutch and English', () => {
    const [name, email] = issues({ name: '  ', themes: ['a'], size: 3 });
    expect(issueMessage(name!, 'nl')).toBe('Dit veld is verplicht.');
    expect(issueMessage(email!, 'en')).toBe('This field is required.');
  });

  it('names the field for the API and the import', () => {
    const [, , themes, size] = issues({ name: 'A', email: 'x@', themes: [], size: 30 });
    expect(describeIssue(themes!, 'nl')).toBe("Thema's: Kies minstens één.");
    expect(describeIssue(size!, 'both')).toBe('size: Vul een getal van hoogstens 20 in. / size: Enter a number of at most 20.');
  });
});

describe('formFeedback: what a public form shows from either way of sending', () => {
  const fields = ['name', 'email', 'message'] as const;
  it('shows the server\'s field errors in field order, keeps what was typed, and focuses the first wrong field', () => {
    const state = { status: 'invalid', fieldErrors: { message: 'Bericht: te kort.', email: 'E-mailadres: ongeldig.' }, values: { email: 'x', message: 'hoi' } } as const;
    const feedback = formFeedback(fields, state, { kind: 'idle' }, []);
    expect(feedback.errors).toEqual([
      { fieldId: 'email', message: 'E-mailadres: ongeldig.' },
      { fieldId: 'message', message: 'Bericht: te kort.' },
    ]);
    expect(feedback.firstServerError).toBe('email');
    expect(feedback.typed).toEqual({ email: 'x', message: 'hoi' });
    expect(feedback.rateLimited).toBeUndefined();
  });
  it('prefers the browser\'s own errors, and takes the rate-limit message from either path', () => {
    const summary = [{ fieldId: 'name', message: 'Naam: verplicht.' }];
    expect(formFeedback(fields, { status: 'idle' }, { kind: 'rate-limited', message: 'Te vaak.' }, summary)).toMatchObject({ errors: summary, rateLimited: 'Te vaak.', typed: {} });
    expect(formFeedback(fields, { status: 'rate-limited', message: 'Later.' }, { kind: 'idle' }, []).rateLimited).toBe('Later.');
  });
});

// Hostile text refused in one place (lib/validation/hostile-text.ts, parse-input.ts) and deep JSON
// refused before it is parsed (lib/http/read-json-body.ts): what is refused, what is kept, and
// that the refusal names the field in Dutch and English.
import { describe, expect, it } from 'vitest';
import { readOfferingQueryLeniently } from '@/lib/catalogue/offering-query';
import { contactMessageSchema } from '@/lib/contact/contact-message-schema';
import { refusal } from '@/lib/forms/json-responses';
import { toFieldErrors } from '@/lib/forms/outcome';
import { jsonNestsDeeperThan, readJsonBody } from '@/lib/http/read-json-body';
import { learningQuestionSchema } from '@/lib/matchmaking/learning-question-schema';
import { describeIssue } from '@/lib/validation/describe-issue';
import { hasHostileCharacters, hostileTextIssues, MAX_INPUT_DEPTH } from '@/lib/validation/hostile-text';
import { parseInput } from '@/lib/validation/parse-input';

const contact = { name: 'Mila de Boer', email: 'mila@example.nl', subject: 'Vraag', message: 'Is er een leerkring over schuldhulp?' };

describe('which text is refused', () => {
  it.each([
    ['NUL', 'Mila\u0000'],
    ['a lone high surrogate', 'Mila\ud83d'],
    ['a lone low surrogate', '\ude00Mila'],
    ['a surrogate pair the wrong way round', '\ude00\ud83d'],
    ['another C0 control', 'Mi\u0001la'],
    ['escape', '\u001b[31mMila'],
    ['DEL', 'Mila\u007f'],
    ['a C1 control', 'Mila\u0085'],
    ['a right-to-left override', 'Mila\u202etxt.exe'],
    ['a left-to-right embedding', '\u202aMila'],
    ['a first-strong isolate', '\u2068Mila\u2069'],
  ])('refuses %s', (_what, text) => {
    expect(hasHostileCharacters(text)).toBe(true);
  });

  it.each([
    ['tab, line feed and carriage return', 'regel een\r\n\tregel twee'],
    ['right-to-left and left-to-right marks', 'שָׁלוֹם\u200f (Mila)\u200e'],
    ['the Arabic letter mark', 'مرحبا\u061c'],
    ['Arabic and Hebrew names', 'محمد بن سلمان / דוד לוי'],
    ['emoji with zero-width joiners and a surrogate pair', '🏳️‍🌈 👩‍👩‍👧'],
    ['combining accents', 'Zoe\u0308 Bro\u0308ek'],
    ['markup and SQL-like text (stored as typed, shown inert)', "<script>alert(1)</script> '; DROP TABLE offerings; --"],
  ])('keeps %s', (_what, text) => {
    expect(hasHostileCharacters(text)).toBe(false);
  });
});

describe('parseInput', () => {
  it('refuses NUL in a field with a message naming it in Dutch and English, and still names the other fields', () => {
    const parsed = parseInput(contactMessageSchema, { ...contact, name: 'Mila\u0000', email: 'mila@' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['email', 'name']);
    const name = parsed.error.issues.find((issue) => issue.path[0] === 'name')!;
    expect(describeIssue(name, 'both')).toBe(
      'Naam: Deze tekst bevat onzichtbare of ongeldige tekens. Typ de tekst opnieuw in plaats van hem te plakken. / Name: This text contains invisible or invalid characters. Please type it again instead of pasting it.',
    );
  });

  it('refuses a lone surrogate in a list item and in a key the schema would drop', () => {
    const inList = parseInput(learningQuestionSchema, { themes: ['poverty', '\ud800'] });
    expect(inList.success === false && inList.error.issues.some((issue) => issue.path.join('.') === 'themes.1' && issue.message === 'unsafeCharacters')).toBe(true);
    const inKey = parseInput(contactMessageSchema, { ...contact, ['extra\u0000']: 'x' });
    expect(inKey.success === false && inKey.error.issues.map((issue) => describeIssue(issue, 'nl'))).toEqual(['Invoer: Deze tekst bevat onzichtbare of ongeldige tekens. Typ de tekst opnieuw in plaats van hem te plakken.']);
  });

  it('refuses nesting deeper than the limit without running the schema over it', () => {
    let deep: unknown = 'bodem';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const parsed = parseInput(contactMessageSchema, { ...contact, message: deep });
    expect(parsed.success === false && parsed.error.issues.map((issue) => issue.message)).toEqual(['tooDeep']);
    expect(hostileTextIssues(deep)[0]?.path).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('passes valid input through unchanged, right-to-left text and markup included', () => {
    const parsed = parseInput(contactMessageSchema, { ...contact, name: 'דוד לוי\u200f', message: '<b>vet</b> is hier gewoon tekst.' });
    expect(parsed).toMatchObject({ success: true, data: { name: 'דוד לוי\u200f', message: '<b>vet</b> is hier gewoon tekst.' } });
  });
});

describe('the catalogue page reading its query', () => {
  it('leaves out a search term with NUL, as it leaves out any invalid parameter', () => {
    const { query, ignored } = readOfferingQueryLeniently({ q: 'armoede\u0000', theme: 'poverty' });
    expect(query.q).toBeUndefined();
    expect(query.theme).toEqual(['poverty']);
    expect(ignored).toEqual(['q']);
  });
});

describe('field errors for fields named like object properties', () => {
  it('gives "toString" and "constructor" their own message (no inherited property hides them)', () => {
    const parsed = parseInput(contactMessageSchema, { ...contact, toString: 'x\u202e', constructor: '\u0000' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.keys(toFieldErrors(parsed.error, 'nl')).sort()).toEqual(['constructor', 'toString']);
  });
});

describe('the learning question schema on a body that is not an object', () => {
  it.each([null, 42, 'tekst', [], true])('answers issues for %j instead of throwing', (body) => {
    const parsed = learningQuestionSchema.safeParse(body);
    expect(parsed.success).toBe(false);
  });
});

describe('JSON nesting depth', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan(nested(MAX_INPUT_DEPTH), MAX_INPUT_DEPTH)).toBe(false);
    expect(jsonNestsDeeperThan(nested(MAX_INPUT_DEPTH + 1), MAX_INPUT_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":${JSON.stringify('['.repeat(1000))}}`, 2)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":"\\"[[[[","b":[[[]]]}`, 3)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":"\\"[[[[","b":[[]]}`, 3)).toBe(false);
  });

  it('refuses a body nested too deep before parsing it, as a 400 that names the input', async () => {
    const post = (body: string) => readJsonBody(new Request('http://localhost/api/x', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    expect(await post(nested(300_000))).toEqual({ kind: 'too-deep' });
    expect(await post(`{"a":${nested(MAX_INPUT_DEPTH - 1)}}`)).toMatchObject({ kind: 'ok' });
    expect(refusal('too-deep')).toEqual({
      status: 400,
      body: { error: 'De invoer is niet geldig. / The input is not valid.', issues: [{ path: '', message: 'Invoer: Deze invoer is te diep genest. / Input: This input is nested too deeply.' }] },
    });
  });
});

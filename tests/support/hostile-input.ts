// Generators of hostile input for the property-based tests of the public doors (fast-check): text
// that breaks naive code (NUL, unpaired surrogates, right-to-left overrides, CR/LF, script and SQL
// payloads, huge and empty strings), values of the wrong type, deep nesting, missing and extra
// fields, bodies that are not JSON, and HTML forms with odd keys and file parts.
import fc from 'fast-check';

/** Pieces of text that have broken web applications before. */
export const HOSTILE_PIECES = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\ud83d',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\u0085',
  '\u2028',
  '\r\n',
  '\r\nBcc: iemand@example.org',
  '\t',
  '\u001b[31m',
  '<script>alert(1)</script>',
  '</script><img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE offering; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)',
  '${7*7}',
  '{{7*7}}',
  '=HYPERLINK("https://evil.example")',
  '../../etc/passwd',
  '%00',
  '%ZZ',
  '\\',
  '"',
  '🏳️‍🌈',
  'e\u0301',
  'שָׁלוֹם',
  'مرحبا',
  'Zoë van den Bröek',
  '__proto__',
  'constructor',
  '',
  ' ',
] as const;

/** Text built from hostile pieces and random characters of every plane (lone surrogates included). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(5_001), 'ü'.repeat(60_000), `${'<b>'.repeat(20_000)}`, '\u0000'.repeat(1_000), '\ud800'.repeat(1_000)) },
);

/** A value nested `depth` times inside arrays or objects. */
export const deeplyNested = (depth: number, inObject: boolean): unknown => {
  let value: unknown = 'bodem';
  for (let level = 0; level < depth; level++) value = inObject ? { a: value } : [value];
  return value;
};

/** Any JSON value of any type, hostile text included, nested a little or very deep. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53 + 1, 1.5) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(64, 2_000).chain((depth) => fc.boolean().map((inObject) => deeplyNested(depth, inObject))) },
);

/** Keys no form has: prototype names, empty, huge, with NUL or brackets. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'a[b]', 'a.b', '$ACTION_ID_x', '\u0000', '\ud800', 'k'.repeat(5_000), 'filters[q]'),
  hostileText,
);

const REMOVE = Symbol('remove');

/** A valid object with one to three fields replaced by hostile values or removed, and perhaps extra fields. */
export function mutated(valid: Record<string, unknown>, options: { extraKeys?: boolean } = {}): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof({ weight: 5, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) })), { minLength: 1, maxLength: 3 }),
      options.extraKeys === false ? fc.constant([] as [string, unknown][]) : fc.array(fc.tuple(oddKey, hostileValue), { maxLength: 2 }),
    )
    .map(([edits, extras]) => {
      const copy: Record<string, unknown> = { ...valid };
      for (const [key, value] of edits) {
        if (value === REMOVE) delete copy[key];
        else copy[key] = value;
      }
      // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
      for (const [key, value] of extras) if (key !== 'website' && key !== 'formToken') Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      return copy;
    });
}

/** Bodies that are not the JSON an object route expects: broken, empty, another type, very deep. */
export const wrongJsonBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '{', '{"a":', '[1,2', 'null', 'true', '0', '"tekst"', '[]', '{}', 'NaN', "{'a':1}", '{"a":1}{"b":2}', '\u0000', '\ufeff{}', '\ud800'),
  fc.constantFrom(10, 1_000, 100_000, 300_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.constantFrom(10, 1_000, 100_000).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  hostileText,
  hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
);

/** A JSON body for a route that takes an object: mostly a mutated valid object, sometimes anything. */
export function jsonBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: mutated(valid).map((value) => JSON.stringify(value)) }, { weight: 2, arbitrary: wrongJsonBody });
}

type FormValue = string | Blob;

/** An HTML form as the browser would send it, from valid fields: values replaced, removed or repeated, odd keys and file parts added. */
export function hostileFormData(valid: [string, string][]): fc.Arbitrary<FormData> {
  const keys = [...new Set(valid.map(([key]) => key))];
  const formValue: fc.Arbitrary<FormValue> = fc.oneof(
    { weight: 8, arbitrary: hostileText },
    { weight: 1, arbitrary: hostileText.map((text) => new File([text], 'bestand<script>.txt', { type: 'text/plain' })) },
  );
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom('replace', 'remove', 'repeat'), formValue), { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(oddKey, formValue), { maxLength: 3 }),
    )
    .map(([edits, extras]) => {
      let entries: [string, FormValue][] = [...valid];
      for (const [key, how, value] of edits) {
        if (how === 'remove') entries = entries.filter(([name]) => name !== key);
        else if (how === 'replace') entries = [...entries.filter(([name]) => name !== key), [key, value]];
        else entries = [...entries, [key, value]];
      }
      const form = new FormData();
      for (const [key, value] of [...entries, ...extras]) if (key !== 'website' && key !== 'formToken') form.append(key, value);
      return form;
    });
}

/** Query parameters: known names and odd ones, hostile values, repeated. */
export function hostileQuery(names: string[]): fc.Arbitrary<URLSearchParams> {
  return fc
    .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: oddKey }), hostileText), { maxLength: 5 })
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [key, value] of pairs) params.append(key, value);
      return params;
    });
}

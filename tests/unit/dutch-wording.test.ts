// Plain Dutch, one word per thing: every Dutch message file is read, and none may hold a term of
// the short list kept beside the messages (lib/i18n/messages/banned-terms.json), so they do not
// come back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import banned from '@/lib/i18n/messages/banned-terms.json' with { type: 'json' };

const DUTCH = path.resolve(__dirname, '../../lib/i18n/messages/nl');

/** Every string of a message file with its key path. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([child, inner]) => strings(inner, key ? `${key}.${child}` : child));
  return [];
}

const files = fs.readdirSync(DUTCH).filter((file) => file.endsWith('.json'));
const terms = banned.terms.map((term) => ({ ...term, regex: new RegExp(term.pattern, 'flags' in term ? term.flags : 'iu') }));

describe('Dutch messages use one word per thing, in plain Dutch', () => {
  it('reads every Dutch message file', () => {
    expect(files).toEqual(expect.arrayContaining(['common.json', 'learningQuestion.json', 'wizard.json', 'admin.json', 'catalogue.json']));
  });

  it.each(files)('%s holds none of the banned terms', (file) => {
    const messages = JSON.parse(fs.readFileSync(path.join(DUTCH, file), 'utf8')) as unknown;
    const found = strings(messages).flatMap(([key, text]) =>
      terms.filter((term) => term.regex.test(text)).map((term) => `${file} ${key}: "${text.match(term.regex)![0]}" (use: ${term.use})`),
    );
    expect(found).toEqual([]);
  });

  it('the check finds a banned term', () => {
    const stappenwijzer = terms.find((term) => term.pattern === 'stappenwijzer')!;
    expect(stappenwijzer.regex.test('Start de Stappenwijzer')).toBe(true);
  });
});

// Server-side input is checked in one place (decision 0095): code under app/ and lib/ that parses
// input with the describe-issue options goes through parseInput, which refuses hostile text first.
// Browser code (components/) checks the schema alone; the server answers what it refuses.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(path.join('lib', 'generated')));
}

describe('one input check on the server', () => {
  it('parses with the user-input options only inside parseInput', () => {
    const offenders = [...sourceFiles('app'), ...sourceFiles('lib')]
      .filter((file) => file !== path.join('lib', 'validation', 'parse-input.ts') && file !== path.join('lib', 'validation', 'describe-issue.ts'))
      .filter((file) => /\.safeParse(Async)?\([^)]*PARSE_OPTIONS/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

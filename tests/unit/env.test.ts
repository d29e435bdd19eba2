import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('environment', () => {
  it('uses the defaults on a fresh machine', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, appUrl: 'http://localhost:3000' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir.endsWith('.data')).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['APP_URL', 'ftp://example.nl'],
    ['AUTH_SECRET', 'short'],
    ['SMTP_URL', 'mail.example.nl'],
  ])('stops with a sentence naming %s when it is malformed', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^The environment variable ${name} is not valid .+; fix or unset it and start again\\.$`));
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});

describe('RETENTION_MONTHS', () => {
  it('is 24 by default and takes a whole number of months', () => {
    expect(parseEnv({}).RETENTION_MONTHS).toBe(24);
    expect(parseEnv({ RETENTION_MONTHS: '18' }).RETENTION_MONTHS).toBe(18);
  });

  it.each(['0', '-3', '1.5', 'twee jaar', '121'])('stops with a sentence naming RETENTION_MONTHS for %s', (value) => {
    expect(() => parseEnv({ RETENTION_MONTHS: value })).toThrow(/^The environment variable RETENTION_MONTHS is not valid .+; fix or unset it and start again\.$/);
  });
});

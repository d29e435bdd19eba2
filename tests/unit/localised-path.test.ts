import { describe, expect, it } from 'vitest';
import { localisedPath } from '@/lib/i18n/routing';

describe('localisedPath', () => {
  it('leaves Dutch paths without a prefix and puts other languages under their code', () => {
    expect(localisedPath('/aanbod', 'nl')).toBe('/aanbod');
    expect(localisedPath('/aanbod/volgen', 'en')).toBe('/en/aanbod/volgen');
    expect(localisedPath('/', 'nl')).toBe('/');
    expect(localisedPath('/', 'en')).toBe('/en');
  });
});

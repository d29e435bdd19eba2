import { describe, expect, it } from 'vitest';
import { editDistance, fullTextQuery, searchWords, typoCorrections } from '@/lib/catalogue/typo-tolerance';
import { offeringQuerySchema, offeringQueryToParams, readOfferingQueryParams } from '@/lib/catalogue/offering-query';

describe('typo tolerance', () => {
  it('counts one wrong, missing, extra or swapped letter as one edit', () => {
    expect(editDistance('amsterdam', 'amstredam')).toBe(1); // swapped
    expect(editDistance('wijkaanpak', 'wijkaapnak')).toBe(1);
    expect(editDistance('amsterdam', 'amsterdm')).toBe(1); // missing
    expect(editDistance('rotterdam', 'rotterdan')).toBe(1); // wrong
    expect(editDistance('leefbaarheid', 'leefbaarrheid')).toBe(1); // extra
    expect(editDistance('wijkteam', 'jeugdhulp')).toBeGreaterThan(2);
  });

  it('keeps only close candidates, and none for a word that is itself a title word', () => {
    const candidates = [
      { query: 'amstredam', word: 'amsterdam' },
      { query: 'amstredam', word: 'amstelveen' },
      { query: 'wijkteam', word: 'wijkteam' },
      { query: 'wijkteam', word: 'wijkteams' },
    ];
    const corrections = typoCorrections(['amstredam', 'wijkteam', 'oost'], candidates);
    expect(Object.fromEntries(corrections)).toEqual({ amstredam: ['amsterdam'] });
    expect(fullTextQuery(['amstredam', 'oost'], corrections)).toBe('(amstredam | amsterdam) & (oost)');
  });

  it('reads words as letters and digits only, so the query text needs no quoting', () => {
    expect(searchWords("Wijk-aanpak & 'Den Haag' 2025!")).toEqual(['wijk', 'aanpak', 'den', 'haag', '2025']);
    expect(searchWords('  ')).toEqual([]);
  });
});

describe('the catalogue query', () => {
  it('reads repeated filters as lists and round-trips through URL parameters', () => {
    const params = new URLSearchParams('q=wijk&theme=integrated-working&theme=social-district-teams&open=true&page=2&utm=x');
    const query = offeringQuerySchema.parse(readOfferingQueryParams(params));
    expect(query).toMatchObject({ q: 'wijk', theme: ['integrated-working', 'social-district-teams'], open: 'true', page: 2, pageSize: 20, scale: [] });
    expect(offeringQueryToParams(query).toString()).toBe('q=wijk&theme=integrated-working&theme=social-district-teams&open=true&page=2');
    expect(readOfferingQueryParams({ theme: 'integrated-working', page: ['3', '4'] })).toEqual({ theme: ['integrated-working'], page: '3' });
  });

  it('refuses unknown values and bad pages', () => {
    // A theme's form is the schema's; whether the agenda has it is checked against the database (parseOfferingQuery).
    expect(offeringQuerySchema.safeParse({ theme: ['Onbekend thema'] }).success).toBe(false);
    expect(offeringQuerySchema.safeParse({ form: ['onbekend'] }).success).toBe(false);
    expect(offeringQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(offeringQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
  });
});

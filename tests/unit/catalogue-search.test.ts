import { describe, expect, it } from 'vitest';
import { editDistance, fullTextQuery, searchWords, typoCorrections } from '@/lib/catalogue/typo-tolerance';
import { coverDensityRank, evaluate, packPosition, parseTsquery, parseTsvector } from '@/lib/catalogue/text-query';
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

describe('full-text query and rank in the process (decision 0130)', () => {
  it('reads a tsquery as PostgreSQL prints it, and leaves anything but AND, OR and lexemes to PostgreSQL', () => {
    const query = parseTsquery("( 'wijkaanpak' | 'wijkaanpakk' ) & 'zorg'")!;
    expect(query.operands).toEqual(['wijkaanpak', 'wijkaanpakk', 'zorg']);
    expect(evaluate(query.root!, [0, 1, 1])).toBe(true);
    expect(evaluate(query.root!, [1, 1, 0])).toBe(false);
    expect(parseTsquery('')).toEqual({ operands: [], root: null });
    expect(parseTsquery("'a' <-> 'b'")).toBeUndefined();
    expect(parseTsquery("!'a'")).toBeUndefined();
    expect(parseTsquery("'a':*")).toBeUndefined();
    expect(parseTsquery("'it''s'")!.operands).toEqual(["it's"]);
  });

  it('reads a tsvector with positions and weights', () => {
    expect(parseTsvector("'rotterdam':6A 'wijk':2,9C 'x'")).toEqual([
      { lexeme: 'rotterdam', positions: [packPosition(6, 3)] },
      { lexeme: 'wijk', positions: [packPosition(2, 0), packPosition(9, 1)] },
      { lexeme: 'x', positions: [] },
    ]);
  });

  it('ranks like ts_rank_cd: one word sums its weights, two words score by the distance between them', () => {
    const one = parseTsquery("'wijk'")!;
    // ts_rank_cd('wijk':1A,5B, 'wijk') = 1.4 (as float4)
    expect(coverDensityRank(one.root!, 1, [{ order: 0, operands: [0], positions: [packPosition(1, 3), packPosition(5, 2)] }])).toBe(Math.fround(1.4));
    const two = parseTsquery("'wijk' & 'zorg'")!;
    // ts_rank_cd('wijk':1 'zorg':2, 'wijk & zorg') = 0.1; with two words between them 0.1 / 3
    const rank = (gap: number) =>
      coverDensityRank(two.root!, 2, [
        { order: 0, operands: [0], positions: [packPosition(1, 0)] },
        { order: 1, operands: [1], positions: [packPosition(1 + gap, 0)] },
      ]);
    expect(rank(1)).toBe(Math.fround(0.1));
    expect(rank(3)).toBe(Math.fround(0.1 / 3));
  });
});

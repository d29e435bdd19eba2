import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS, OFFERING_FILTERS } from '@/lib/catalogue/offering-filters';
import { offeringQuerySchema, readOfferingQueryLeniently } from '@/lib/catalogue/offering-query';
import { CSV_COLUMNS } from '@/lib/catalogue/offering-csv';
import { filtersFromQuery } from '@/lib/following/followed-search';
import nlCatalogue from '@/lib/i18n/messages/nl/catalogue.json' with { type: 'json' };
import nlValidation from '@/lib/i18n/messages/nl/validation.json' with { type: 'json' };
import nlVocab from '@/lib/i18n/messages/nl/vocab.json' with { type: 'json' };
import enCatalogue from '@/lib/i18n/messages/en/catalogue.json' with { type: 'json' };
import enValidation from '@/lib/i18n/messages/en/validation.json' with { type: 'json' };
import enVocab from '@/lib/i18n/messages/en/vocab.json' with { type: 'json' };

const MESSAGES = {
  nl: { catalogue: nlCatalogue, validation: nlValidation, vocab: nlVocab },
  en: { catalogue: enCatalogue, validation: enValidation, vocab: enVocab },
};

describe('the filter registry', () => {
  it('gives every filter a name and a label for each value, in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const messages = MESSAGES[locale] as unknown as Record<string, unknown>;
      const at = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
      for (const param of FILTER_PARAMS) {
        const filter = OFFERING_FILTERS[param];
        expect(at(`catalogue.list.${filter.labelKey}`), `${locale} ${param}`).toEqual(expect.any(String));
        expect(at(`validation.fields.${param}`), `${locale} validation ${param}`).toEqual(expect.any(String));
        if (filter.labels.from !== 'messages') continue;
        for (const value of filter.values) expect(at(`${filter.labels.key}.${value}`), `${locale} ${param}=${value}`).toEqual(expect.any(String));
      }
    }
  });

  it('makes a schema entry and a CSV column of every row', () => {
    for (const param of FILTER_PARAMS) {
      expect(offeringQuerySchema.shape).toHaveProperty(param);
      expect(CSV_COLUMNS).toContain(OFFERING_FILTERS[param].field);
    }
    expect(offeringQuerySchema.safeParse({ sector: ['care', 'youth'], sectorScope: ['intersectoral'] }).success).toBe(true);
    expect(offeringQuerySchema.safeParse({ sector: ['farming'] }).error?.issues[0]?.path).toEqual(['sector', 0]);
  });

  it('reads leniently for people: each bad value is left out on its own, and named', () => {
    const known = { themes: ['integrated-working', 'poverty'] };
    const { query, ignored } = readOfferingQueryLeniently(new URLSearchParams('theme=integrated-working&theme=onbekend&sector=care&open=maybe&page=0&scale=local'), known);
    expect(query).toMatchObject({ theme: ['integrated-working'], sector: ['care'], scale: ['local'], page: 1 });
    expect(query.open).toBeUndefined();
    expect(ignored.sort()).toEqual(['open', 'page', 'theme']);
    expect(filtersFromQuery({ theme: ['onbekend', 'integrated-working'], province: 'utrecht' }, known)).toMatchObject({ theme: ['integrated-working'], province: ['utrecht'] });
    // Without the agenda at hand only a theme's form is checked.
    expect(readOfferingQueryLeniently(new URLSearchParams('theme=Geen+thema&theme=poverty')).query.theme).toEqual(['poverty']);
  });
});

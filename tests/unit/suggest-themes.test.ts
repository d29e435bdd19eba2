// Suggesting themes from the question's own words (the question comes first on /leervraag and in
// POST /api/match without themes): names, descriptions and related words of the theme data.
import { describe, expect, it } from 'vitest';
import { dutchStems, MAX_SUGGESTED_THEMES, suggestThemes as suggestFrom, themeWords } from '@/lib/matchmaking/suggest-themes';
import seedThemes from '@/prisma/seed/themes.json' with { type: 'json' };

/** The seeded learning agenda (in the app the themes come from the database for each request). */
const SEED_INDEX = themeWords(seedThemes);
const suggestThemes = (question: string, index = SEED_INDEX) => suggestFrom(question, index);

describe('suggestThemes', () => {
  it.each<[string, string, string]>([
    ['a gap theme from its name', 'Hoe werken we aan vertrouwen en verbinding tussen bewoners in de wijk?', 'trust-and-connection-in-the-neighbourhood'],
    ['a theme from its related words (theme data)', 'Wij willen leren over drugscriminaliteit in onze gemeente.', 'drug-crime-undermining'],
    ['a theme from a Dutch plural', 'Hoe integreren statushouders beter in de buurt?', 'integration-status-holders'],
    ['a theme from a compound word', 'Wie heeft ervaring met buurtbudgetten die bewoners zelf verdelen?', 'neighbourhood-budgets'],
    ['the corporations\' example', 'Woningcorporaties willen met welzijn en veiligheid leren over gezamenlijke vroegsignalering en preventie in wijken.', 'early-signalling-prevention'],
  ])('%s', (_case, question, theme) => {
    expect(suggestThemes(question)).toContain(theme);
  });

  it('suggests at most three themes, best first', () => {
    const suggested = suggestThemes('Jeugd, gezin, schulden, armoede, wonen, opvoeding en jeugdhulp in de wijk');
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(MAX_SUGGESTED_THEMES);
  });

  it('suggests nothing for words that fit no theme', () => {
    expect(suggestThemes('Hoe leren we samen in de wijk?')).toEqual([]);
    expect(suggestThemes('')).toEqual([]);
  });

  it('a word every theme uses weighs nothing; a rare one decides', () => {
    const index = themeWords([
      { id: 'a', nameNl: 'Schulden in de wijk', descriptionNl: 'Over bewoners met schulden.', relatedWordsNl: [] },
      { id: 'b', nameNl: 'Eenzaamheid in de wijk', descriptionNl: 'Over bewoners die alleen zijn.', relatedWordsNl: ['isolement'] },
      ...['Groen', 'Verkeer', 'Sport', 'Cultuur'].map((name) => ({ id: name, nameNl: name, descriptionNl: `Over bewoners en ${name.toLowerCase()}.`, relatedWordsNl: [] })),
    ]);
    expect(suggestThemes('Bewoners in sociaal isolement', index)).toEqual(['b']);
  });

  it('reduces Dutch words to their stems and drops stop words', () => {
    expect([...dutchStems('De wijken en de statushouders')]).toEqual(['statushouder']);
  });
});

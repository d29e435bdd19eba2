// Which themes of the learning agenda fit a question in the asker's own words (the question comes
// first, the themes follow). Pure: the Dutch words of each theme (name, description and the related
// words in the theme data) and of the question are reduced to Snowball stems; a theme scores by the
// question's stems it shares, each weighted by how rare it is among the themes (a word every theme
// uses says nothing) and by where it occurs (name and related words count more than description).
// The themes are the ones the learning agenda offers at the time of asking (`suggestAgendaThemes` in
// match-question.ts reads them from the database).
import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';

/** At most this many themes are suggested. */
export const MAX_SUGGESTED_THEMES = 3;
/** A theme is suggested when it scores at least this share of the best theme's score. */
const SHARE_OF_BEST = 0.5;
/** Minimum score: one rare word in a theme's name or related words. */
const MIN_SCORE = 2;
/** The umbrella theme, assumed when a question names no theme and none fits its words. */
export const FALLBACK_THEME = 'area-based-liveability-safety';

const stemmer = new StemmerNl();
const stopwords = new StopwordsNl();
/**
 * Words that say nothing about a theme: everyday words the stop list lacks, and words that occur in
 * almost every question and theme of this field.
 */
const PLAIN_WORDS = new Set([
  'elkaar', 'onder', 'tussen', 'samen', 'zelf', 'onze', 'ons', 'wij', 'jullie', 'andere', 'anderen', 'meer', 'steeds', 'echt', 'vooral',
  'neemt', 'nemen', 'toe', 'pakken', 'zorgen', 'krijgen', 'maken', 'komen', 'doen', 'willen', 'gaan', 'kunnen', 'goed', 'beter', 'graag',
  'leren', 'wijk', 'wijken', 'buurt', 'buurten', 'hoe', 'werken', 'vraag', 'vragen', 'gemeente', 'gemeenten',
]);

/** The distinct stems of the meaningful words of a Dutch text. */
export function dutchStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLocaleLowerCase('nl').normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || stopwords.isStopword(word) || PLAIN_WORDS.has(word)) continue;
    stems.add(stemmer.stemWord(word));
  }
  return stems;
}

interface ThemeWords {
  id: string;
  /** Stems of the name and related words (weight 2) and of the description (weight 1.5). */
  strong: Set<string>;
  weak: Set<string>;
}

export interface ThemeText {
  id: string;
  nameNl: string;
  descriptionNl: string;
  relatedWordsNl: string[];
}

export function themeWords(list: readonly ThemeText[]): ThemeWords[] {
  return list.map((theme) => {
    const strong = dutchStems([theme.nameNl, ...theme.relatedWordsNl].join(' '));
    const weak = new Set([...dutchStems(theme.descriptionNl)].filter((stem) => !strong.has(stem)));
    return { id: theme.id, strong, weak };
  });
}

/** Two stems match when equal, or when the shorter (6+ letters) begins or ends the longer: Dutch compounds ("schuld" in "schuldhulpverlening"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && (long.startsWith(short) || long.endsWith(short));
}

/** The themes that fit the question's words, best first (at most three); none when nothing fits. */
export function suggestThemes(question: string, index: readonly ThemeWords[]): string[] {
  const asked = [...dutchStems(question)];
  if (asked.length === 0) return [];
  const found = (stem: string, set: Set<string>) => [...set].some((other) => sameStem(stem, other));
  const rarity = new Map(asked.map((stem) => {
    const themesWithIt = index.filter((theme) => found(stem, theme.strong) || found(stem, theme.weak)).length;
    return [stem, Math.log((index.length + 1) / (themesWithIt + 0.5))];
  }));
  const scored = index
    .map((theme, order) => ({
      id: theme.id,
      order,
      score: asked.reduce((sum, stem) => sum + (found(stem, theme.strong) ? 2 : found(stem, theme.weak) ? 1.5 : 0) * rarity.get(stem)!, 0),
    }))
    .filter((theme) => theme.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0]?.score ?? 0;
  return scored.filter((theme) => theme.score >= best * SHARE_OF_BEST).slice(0, MAX_SUGGESTED_THEMES).map((theme) => theme.id);
}

// Typo tolerance for catalogue search (decision 0010): a search word that is not itself a title
// word is widened with the title words within a small edit distance. Pure; the database supplies
// the candidates (trigram similarity on offering_title_words).

/** Words of a search text: lower-case letters and digits, as the Dutch full-text parser sees them. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/** Words shorter than this are too short to correct without false hits. */
export const MIN_CORRECTABLE_LENGTH = 5;

/** One wrong, missing, extra or swapped letter; two in words of ten letters or more. */
export function allowedEdits(word: string): number {
  return word.length >= 10 ? 2 : 1;
}

/** Optimal string alignment distance (Levenshtein plus swapping two adjacent letters), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * For each search word, the title words it may be a typo of. `candidates` are title words found
 * similar by the database (any order); a word that is itself a title word gets no corrections.
 */
export function typoCorrections(words: readonly string[], candidates: readonly { query: string; word: string }[]): Map<string, string[]> {
  const corrections = new Map<string, string[]>();
  for (const query of new Set(words)) {
    if (query.length < MIN_CORRECTABLE_LENGTH) continue;
    const similar = candidates.filter((candidate) => candidate.query === query).map((candidate) => candidate.word);
    if (similar.includes(query)) continue;
    const close = similar.filter((word) => editDistance(query, word, allowedEdits(query)) <= allowedEdits(query)).slice(0, 5);
    if (close.length > 0) corrections.set(query, close);
  }
  return corrections;
}

/**
 * A to_tsquery text: every word (or one of its corrections) must occur. Words are letters and
 * digits only, so the text needs no quoting.
 */
export function fullTextQuery(words: readonly string[], corrections: ReadonlyMap<string, string[]>): string {
  return words.map((word) => `(${[word, ...(corrections.get(word) ?? [])].join(' | ')})`).join(' & ');
}

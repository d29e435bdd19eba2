// The label of a filter value in the visitor's language: names of themes and forms from the
// reference files, vocabularies from the "vocab" messages.
import type { FilterName } from '@/lib/catalogue/offering-query';
import { learningFormName, themeName } from '@/lib/catalogue/reference-labels';
import type { Locale } from '@/lib/i18n/routing';

/** The key in the "vocab" messages of each vocabulary filter. */
export const VOCAB_KEYS = {
  intensity: 'intensities',
  scale: 'scales',
  province: 'provinces',
  targetGroup: 'targetGroups',
  level: 'learningLevels',
  disciplinarity: 'disciplinarity',
} as const;

export function optionLabel(filter: FilterName, value: string, locale: Locale, vocab: (key: string) => string): string {
  if (filter === 'theme') return themeName(value, locale);
  if (filter === 'form') return learningFormName(value, locale);
  return vocab(`${VOCAB_KEYS[filter]}.${value}`);
}

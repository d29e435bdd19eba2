// The label of a filter value in the visitor's language, where the filter's row in the registry
// says it comes from: names of themes from the learning agenda (database), of forms from the
// reference files, others from the messages.
import { OFFERING_FILTERS, type OfferingFilterParam } from '@/lib/catalogue/offering-filters';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { Locale } from '@/lib/i18n/routing';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

/** `t` translates a full message key (e.g. "vocab.scales.local"); `themes` is the learning agenda read for the request. */
export function optionLabel(filter: OfferingFilterParam, value: string, locale: Locale, t: (key: string) => string, themes: ThemeVocabulary): string {
  const labels = OFFERING_FILTERS[filter].labels;
  if (labels.from === 'themes') return themes.name(value, locale);
  if (labels.from === 'learningForms') return learningFormName(value, locale);
  return t(`${labels.key}.${value}`);
}

// The label of a filter value in the visitor's language, where the filter's row in the registry
// says it comes from: names of themes and forms from the reference files, others from the messages.
import { OFFERING_FILTERS, type OfferingFilterParam } from '@/lib/catalogue/offering-filters';
import { learningFormName, themeName } from '@/lib/catalogue/reference-labels';
import type { Locale } from '@/lib/i18n/routing';

/** `t` translates a full message key (e.g. "vocab.scales.local"). */
export function optionLabel(filter: OfferingFilterParam, value: string, locale: Locale, t: (key: string) => string): string {
  const labels = OFFERING_FILTERS[filter].labels;
  if (labels.from === 'themes') return themeName(value, locale);
  if (labels.from === 'learningForms') return learningFormName(value, locale);
  return t(`${labels.key}.${value}`);
}

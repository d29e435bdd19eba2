// The label of a knowledge-base facet value in the visitor's language: theme and learning-form names
// from the reference files, the others from the messages.
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import type { KnowledgeFacet } from '@/lib/knowledge/knowledge-query';

/** `t` translates a full message key (e.g. "vocab.targetGroups.residents"). */
export function facetLabel(facet: KnowledgeFacet, value: string, locale: Locale, t: (key: string) => string, themes: ThemeVocabulary): string {
  if (facet === 'theme') return themes.name(value, locale);
  if (facet === 'form') return learningFormName(value, locale);
  if (facet === 'targetGroup') return t(`vocab.targetGroups.${value}`);
  return t(`KnowledgeBase.kinds.${value}`);
}

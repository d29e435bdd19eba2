import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import type { Locale } from '@/lib/i18n/routing';
import { KNOWLEDGE_FACET_NAMES, KNOWLEDGE_FACETS, type KnowledgeQuery } from '@/lib/knowledge/knowledge-query';
import type { KnowledgeSearchResult } from '@/lib/knowledge/search-knowledge-products';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { facetLabel } from './knowledge-labels';

/** The facets of /kennisbank: a group of checkboxes each, every option with its count in the current result. */
export function KnowledgeFilters({ query, facets, themes }: { query: KnowledgeQuery; facets: KnowledgeSearchResult['facets']; themes: ThemeVocabulary }) {
  const t = useTranslations('KnowledgeBase');
  const messages = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="filters-title">
      <Heading level={2} id="filters-title" appearance="level-3">
        {t('filtersTitle')}
      </Heading>
      {KNOWLEDGE_FACET_NAMES.map((facet) => {
        const chosen: readonly string[] = query[facet];
        // Values with products in the result, and every value already chosen.
        const all: readonly string[] = facet === 'theme' ? themes.all.map((theme) => theme.id) : KNOWLEDGE_FACETS[facet].values;
        const values = all.filter((value) => (facets[facet][value] ?? 0) > 0 || chosen.includes(value));
        if (values.length === 0) return null;
        return (
          <details key={facet} className="ww-filter" open={chosen.length > 0 || facet === 'kind' || undefined}>
            <summary>
              {t(`facets.${facet}`)}
              {chosen.length > 0 ? ` (${chosen.length})` : ''}
            </summary>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="sr-only">{t(`facets.${facet}`)}</legend>
              <div className="ww-options">
                {values.map((value) => (
                  <Checkbox
                    key={value}
                    id={`facet-${facet}-${value}`}
                    name={facet}
                    value={value}
                    defaultChecked={chosen.includes(value)}
                    label={t('optionCount', { label: facetLabel(facet, value, locale, (key) => messages(key as never), themes), count: facets[facet][value] ?? 0 })}
                  />
                ))}
              </div>
            </fieldset>
          </details>
        );
      })}
      <p className="flex flex-wrap items-center gap-4">
        <Button type="submit" purpose="secondary">
          {t('applyFilters')}
        </Button>
        <InternalLink href="/kennisbank">{t('clearFilters')}</InternalLink>
      </p>
    </section>
  );
}

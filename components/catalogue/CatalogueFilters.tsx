import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { FILTER_NAMES, OFFERING_FILTERS } from '@/lib/catalogue/offering-filters';
import type { OfferingQuery } from '@/lib/catalogue/offering-query';
import type { Facets } from '@/lib/catalogue/search-offerings';
import type { Locale } from '@/lib/i18n/routing';
import { themeOptions, type ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { optionLabel } from './option-labels';

/** The filters of /aanbod: one group of checkboxes per repeatable filter of the registry, each option with its count. */
export function CatalogueFilters({ query, facets, themes }: { query: OfferingQuery; facets: Facets; themes: ThemeVocabulary }) {
  const t = useTranslations('catalogue.list');
  const messages = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="filters-title">
      <Heading level={2} id="filters-title" appearance="level-3">
        {t('filtersTitle')}
      </Heading>
      <div className="ww-filter">
        <label htmlFor="catalogue-sort" className="utrecht-form-label">
          {t('sortLabel')}
        </label>
        <select id="catalogue-sort" name="sort" defaultValue={query.sort ?? ''} className="utrecht-select utrecht-select--html-select">
          <option value="">{query.q ? t('sort.relevance') : t('sort.newest')}</option>
          {(['relevance', 'newest', 'starting-soon'] as const).map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="ww-filter">
        <Checkbox id="filter-open" name="open" value="true" defaultChecked={query.open === 'true'} label={t('optionCount', { label: t('openOnly'), count: facets.open.true ?? 0 })} />
      </div>
      {FILTER_NAMES.map((filter) => {
        const chosen: readonly string[] = query[filter];
        // The themes offered now (and a retired one still chosen), read for this request.
        const values: readonly string[] = 'vocabulary' in OFFERING_FILTERS[filter] ? themeOptions(themes, locale, chosen).map((option) => option.value) : OFFERING_FILTERS[filter].values;
        return (
          <details key={filter} className="ww-filter" open={chosen.length > 0 || filter === 'theme' || undefined}>
            <summary>
              {t(OFFERING_FILTERS[filter].labelKey)}
              {chosen.length > 0 ? ` (${chosen.length})` : ''}
            </summary>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="sr-only">{t(OFFERING_FILTERS[filter].labelKey)}</legend>
              <div className="ww-options">
                {values.map((value) => (
                  <Checkbox
                    key={value}
                    id={`filter-${filter}-${value}`}
                    name={filter}
                    value={value}
                    defaultChecked={chosen.includes(value)}
                    label={t('optionCount', { label: optionLabel(filter, value, locale, (key) => messages(key as never), themes), count: facets[filter][value] ?? 0 })}
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
        <InternalLink href="/aanbod">{t('clearFilters')}</InternalLink>
      </p>
    </section>
  );
}

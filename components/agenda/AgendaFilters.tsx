import { useLocale, useTranslations } from 'next-intl';
import { optionLabel } from '@/components/catalogue/option-labels';
import { Button } from '@/components/ui/Button';
import { Checkbox } from '@/components/ui/Checkbox';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { MEETING_FILTERS, MEETING_LIST_FILTERS } from '@/lib/agenda/meeting-filters';
import type { MeetingQuery } from '@/lib/agenda/meeting-query';
import type { MeetingFacets } from '@/lib/agenda/search-meetings';
import type { Locale } from '@/lib/i18n/routing';
import { themeOptions, type ThemeVocabulary } from '@/lib/themes/theme-vocabulary';

/** The agenda's filters, drawn from its registry: dates, online/on site, and a checkbox group per list filter, each option with its count. */
export function AgendaFilters({ query, facets, clearHref, themes }: { query: MeetingQuery; facets: MeetingFacets; clearHref: string; themes: ThemeVocabulary }) {
  const t = useTranslations('Agenda');
  const messages = useTranslations();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="filters-title">
      <Heading level={2} id="filters-title" appearance="level-3">
        {t('filtersTitle')}
      </Heading>
      <div className="ww-filter">
        <label htmlFor="agenda-from" className="utrecht-form-label">
          {t('filters.from')}
        </label>
        <input id="agenda-from" type="date" name="from" defaultValue={query.from ?? ''} className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <div className="ww-filter">
        <label htmlFor="agenda-to" className="utrecht-form-label">
          {t('filters.to')}
        </label>
        <input id="agenda-to" type="date" name="to" defaultValue={query.to ?? ''} className="utrecht-textbox utrecht-textbox--html-input" />
      </div>
      <fieldset className="ww-filter utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-label">{t('filters.attendance')}</legend>
        <div className="ww-options">
          {(['', ...MEETING_FILTERS.attendance.values] as const).map((value) => (
            <div key={value || 'all'} className="utrecht-form-field utrecht-form-field--radio">
              <input id={`filter-attendance-${value || 'all'}`} type="radio" name="attendance" value={value} defaultChecked={(query.attendance ?? '') === value} className="utrecht-radio-button utrecht-radio-button--html-input" />{' '}
              <label htmlFor={`filter-attendance-${value || 'all'}`} className="utrecht-form-label utrecht-form-label--radio">
                {value ? t('optionCount', { label: t(`attendanceModes.${value}`), count: facets.attendance[value] ?? 0 }) : t('attendanceAll')}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {MEETING_LIST_FILTERS.map((filter) => {
        const chosen: readonly string[] = query[filter];
        const values: readonly string[] = filter === 'theme' ? themeOptions(themes, locale, chosen).map((option) => option.value) : MEETING_FILTERS[filter].values;
        return (
          <details key={filter} className="ww-filter" open={chosen.length > 0 || filter === 'theme' || undefined}>
            <summary>
              {messages(MEETING_FILTERS[filter].labelKey as never)}
              {chosen.length > 0 ? ` (${chosen.length})` : ''}
            </summary>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="sr-only">{messages(MEETING_FILTERS[filter].labelKey as never)}</legend>
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
        <InternalLink href={clearHref}>{t('clearFilters')}</InternalLink>
      </p>
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { InternalLink } from '@/components/ui/InternalLink';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { INBOX_AGES, INBOX_SORTS, type InboxFilters } from '@/lib/inbox/inbox-filters';
import { INBOX_ITEM_TYPES } from '@/lib/inbox/inbox-item-types';
import { TRIAGE_STATUSES } from '@/lib/inbox/triage-workflow';
import { PROVINCES } from '@/lib/reference/vocabularies';

export interface Option {
  id: string;
  label: string;
}

/** The inbox filters as a plain GET form: works without JavaScript, and the URL can be bookmarked. */
export async function InboxFilterForm({ filters, themes, members }: { filters: InboxFilters; themes: Option[]; members: Option[] }) {
  const t = await getTranslations('admin');
  const tv = await getTranslations('vocab');
  const field = (id: string, label: string, value: string | undefined, options: Option[]) => (
    <FormField id={`filter-${id}`} label={label}>
      {(control) => (
        <Select {...control} name={id} defaultValue={value ?? ''}>
          <option value="">{t('inbox.any')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
  return (
    <form method="get" aria-labelledby="filters-heading" className="ww-inbox-filters mb-6">
      <h2 id="filters-heading" className="utrecht-heading-2">
        {t('inbox.filters')}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        {field('type', t('inbox.type'), filters.type, INBOX_ITEM_TYPES.map((id) => ({ id, label: t(`types.${id}`) })))}
        {field('status', t('inbox.status'), filters.status, ['open', ...TRIAGE_STATUSES].map((id) => ({ id, label: t(`statuses.${id}`) })))}
        {field('assignee', t('inbox.assignee'), filters.assignee, [{ id: 'me', label: t('inbox.me') }, { id: 'none', label: t('inbox.unassigned') }, ...members])}
        {field('theme', t('inbox.theme'), filters.theme, themes)}
        {field('province', t('inbox.province'), filters.province, PROVINCES.map((id) => ({ id, label: tv(`provinces.${id}`) })))}
        {field('age', t('inbox.age'), filters.age, INBOX_AGES.map((id) => ({ id, label: t(`inbox.ages.${id}`) })))}
        <FormField id="filter-q" label={t('inbox.search')}>
          {(control) => <TextInput {...control} name="q" type="search" defaultValue={filters.q ?? ''} />}
        </FormField>
        <FormField id="filter-sort" label={t('inbox.sort')}>
          {(control) => (
            <Select {...control} name="sort" defaultValue={filters.sort}>
              {INBOX_SORTS.map((id) => (
                <option key={id} value={id}>
                  {t(`inbox.sorts.${id}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" purpose="primary">
          {t('inbox.apply')}
        </Button>
        <InternalLink href="/beheer?reset=1">{t('inbox.reset')}</InternalLink>
      </div>
    </form>
  );
}

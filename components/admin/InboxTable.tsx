import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { DataBadge } from '@/components/ui/DataBadge';
import { FormField } from '@/components/ui/FormField';
import { InternalLink } from '@/components/ui/InternalLink';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { itemPath } from '@/lib/inbox/inbox-item-registry';
import type { InboxItem } from '@/lib/inbox/list-inbox-items';
import { selectedItemValue } from '@/lib/inbox/selected-items';
import { TRIAGE_STATUSES } from '@/lib/inbox/triage-workflow';
import type { Option } from './InboxFilterForm';

/** The inbox list with a checkbox per item and the bulk form (assign / change status) below it. */
export async function InboxTable({ items, members, action }: { items: InboxItem[]; members: Option[]; action: (formData: FormData) => Promise<void> }) {
  const t = await getTranslations('admin');
  const format = await getFormatter();
  return (
    <form action={action}>
      <table className="utrecht-table ww-inbox-table w-full">
        <caption className="sr-only">{t('inbox.title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              <span className="sr-only">{t('inbox.columns.select')}</span>
            </th>
            <th scope="col" className="utrecht-table__header-cell">{t('inbox.columns.item')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('inbox.columns.type')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('inbox.columns.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('inbox.columns.assignee')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('inbox.columns.received')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((item) => (
            <tr key={`${item.type}:${item.id}`} className="utrecht-table__row" data-item-id={item.id}>
              <td className="utrecht-table__cell">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  name="items"
                  value={selectedItemValue(item)}
                  aria-label={t('inbox.selectItem', { title: item.title })}
                />
              </td>
              <td className="utrecht-table__cell">
                <InternalLink href={itemPath(item.type, item.id)}>{item.title}</InternalLink>
                <div className="text-sm">{item.person}</div>
                {item.overdue ? <DataBadge className="ww-badge--overdue">{t('inbox.overdue')}</DataBadge> : null}
              </td>
              <td className="utrecht-table__cell">{t(`types.${item.type}`)}</td>
              <td className="utrecht-table__cell">{t(`statuses.${item.status}`)}</td>
              <td className="utrecht-table__cell">{item.assigneeName ?? '—'}</td>
              <td className="utrecht-table__cell">{format.dateTime(item.createdAt, { dateStyle: 'medium' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="utrecht-form-fieldset mt-6">
        <legend className="utrecht-form-fieldset__legend utrecht-heading-3">{t('inbox.bulk.title')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <FormField id="bulk-assignee" label={t('inbox.bulk.assignee')}>
            {(control) => (
              <Select {...control} name="assignee" defaultValue="">
                <option value="">{t('inbox.bulk.keep')}</option>
                <option value="none">{t('inbox.unassigned')}</option>
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="bulk-status" label={t('inbox.bulk.status')}>
            {(control) => (
              <Select {...control} name="status" defaultValue="">
                <option value="">{t('inbox.bulk.keep')}</option>
                {TRIAGE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`statuses.${status}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="bulk-reason" label={t('inbox.bulk.reason')}>
            {(control) => <TextInput {...control} name="reason" />}
          </FormField>
        </div>
        <Button type="submit">{t('inbox.bulk.submit')}</Button>
      </fieldset>
    </form>
  );
}

// The filtered inbox as CSV, through the one safe CSV writer.
import { writeCsv } from '@/lib/csv/write-csv';
import type { Translate } from '@/lib/i18n/translate';
import type { InboxItem } from './list-inbox-items';

export function inboxCsv(items: InboxItem[], t: Translate): string {
  const header = ['type', 'id', 'title', 'name', 'email', 'status', 'assignee', 'themes', 'provinces', 'created_at', 'first_response_at', 'overdue'];
  const rows = items.map((item) => [
    t(`types.${item.type}`),
    item.id,
    item.title,
    item.person,
    item.email,
    t(`statuses.${item.status}`),
    item.assigneeName ?? '',
    item.themes.join(' '),
    item.provinces.join(' '),
    item.createdAt.toISOString(),
    item.firstResponseAt?.toISOString() ?? '',
    item.overdue ? 'ja' : 'nee',
  ]);
  return writeCsv(header, rows);
}

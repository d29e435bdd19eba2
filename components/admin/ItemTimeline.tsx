import { getFormatter, getTranslations } from 'next-intl/server';
import type { TimelineEntry } from '@/lib/inbox/add-internal-note';

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.join(', ') || empty;
  return String(value);
}

/** Every change to the item (who, when, what, before → after) and the internal notes, oldest first. */
export async function ItemTimeline({ entries, userNames }: { entries: TimelineEntry[]; userNames: Map<string, string> }) {
  const t = await getTranslations('admin.item');
  const ts = await getTranslations('admin.statuses');
  const format = await getFormatter();
  const valueOf = (field: string, value: unknown) => {
    if (field === 'status' && typeof value === 'string' && ts.has(value as never)) return ts(value as never);
    if (field === 'assigneeId' && typeof value === 'string') return userNames.get(value) ?? value;
    return show(value, t('empty'));
  };
  // Audit actions are dotted ("item.assigned"); message keys cannot contain dots.
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, '_')}`;
    return t.has(key as never) ? t(key as never) : action;
  };
  if (entries.length === 0) return <p className="utrecht-paragraph">{t('timelineEmpty')}</p>;
  return (
    <ol className="ww-timeline">
      {entries.map((entry, index) => (
        <li key={index} className="ww-timeline__entry" data-kind={entry.kind}>
          <p className="utrecht-paragraph">
            <strong>{entry.kind === 'note' ? t('actions.note') : actionLabel(entry.action)}</strong>
            {' · '}
            {entry.actor ?? (entry.kind === 'event' && entry.actorLabel === 'public' ? t('actorPublic') : t('actorSystem'))}
            {' · '}
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          </p>
          {entry.kind === 'note' ? <p className="utrecht-paragraph whitespace-pre-line">{entry.body}</p> : null}
          {entry.kind === 'event' && entry.changes ? (
            <ul className="utrecht-unordered-list">
              {Object.entries(entry.changes).map(([field, change]) => (
                <li key={field} className="utrecht-unordered-list__item">
                  {t('changed', {
                    field: t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field,
                    before: valueOf(field, change.before),
                    after: valueOf(field, change.after),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

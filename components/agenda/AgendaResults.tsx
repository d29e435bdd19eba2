import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { meetingQueryToParams, type MeetingQuery } from '@/lib/agenda/meeting-query';
import type { MeetingSearchResult } from '@/lib/agenda/search-meetings';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { MeetingCard } from './MeetingCard';

/** The count, the meetings, paging, and (for the coming meetings) the feed and open-data links. */
export function AgendaResults({ query, result, ignored, path, upcoming, themes }: { query: MeetingQuery; result: MeetingSearchResult; ignored: string[]; path: string; upcoming: boolean; themes: ThemeVocabulary }) {
  const t = useTranslations('Agenda');
  const validation = useTranslations('validation.fields');
  const totalPages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const href = (page: number) => {
    const params = meetingQueryToParams({ ...query, page }).toString();
    return params ? `${path}?${params}` : path;
  };
  const filterParams = meetingQueryToParams({ ...query, page: 1, pageSize: undefined }).toString();
  return (
    <div>
      {ignored.length > 0 ? <Alert type="warning">{t('ignoredParams', { fields: ignored.map((field) => (validation.has(field) ? validation(field) : field)).join(', ') })}</Alert> : null}
      <section aria-labelledby="results-title">
        <div role="status">
          <Heading level={2} id="results-title" appearance="level-3">
            {t('resultCount', { count: result.total })}
          </Heading>
        </div>
        {result.items.length > 0 ? (
          <ol className="ww-offering-list" start={(query.page - 1) * query.pageSize + 1}>
            {result.items.map((meeting) => (
              <li key={meeting.id}>
                <MeetingCard meeting={meeting} themes={themes} />
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>{t('noResults')}</Paragraph>
        )}
        <Pagination currentPage={query.page} totalPages={totalPages} href={href} />
        {upcoming ? (
          <>
            <Paragraph>
              <a className="nl-link" href={`/agenda.ics${filterParams ? `?${filterParams}` : ''}`}>
                {t('subscribe')}
              </a>
              <br />
              <span className="text-sm">{t('subscribeHint')}</span>
            </Paragraph>
            <Paragraph>
              <a className="nl-link" href={`/api/meetings${filterParams ? `?${filterParams}` : ''}`}>
                {t('openData')}
              </a>
            </Paragraph>
            <Paragraph>
              <InternalLink href="/agenda/archief">{t('toArchive')}</InternalLink>
            </Paragraph>
          </>
        ) : (
          <Paragraph>
            <InternalLink href="/agenda">{t('toUpcoming')}</InternalLink>
          </Paragraph>
        )}
        <Paragraph>
          <InternalLink href="/agenda/voorstellen">{t('propose')}</InternalLink>
        </Paragraph>
      </section>
    </div>
  );
}

import { useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { MeetingSummary } from '@/lib/agenda/search-meetings';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { MeetingCard } from './MeetingCard';

/** A short list of coming meetings (offering page, home page), with links to the agenda and, when given, a feed. */
export function UpcomingMeetings({ meetings, themes, id, title, feedHref, feedLabel }: { meetings: MeetingSummary[]; themes: ThemeVocabulary; id: string; title: string; feedHref?: string; feedLabel?: string }) {
  const t = useTranslations('Agenda');
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {meetings.length > 0 ? (
        <ul className="ww-offering-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <MeetingCard meeting={meeting} themes={themes} />
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('noneComing')}</Paragraph>
      )}
      {feedHref && meetings.length > 0 ? (
        <Paragraph>
          <a className="nl-link" href={feedHref}>
            {feedLabel}
          </a>
        </Paragraph>
      ) : null}
      <Paragraph>
        <InternalLink href="/agenda">{t('allMeetings')}</InternalLink>
      </Paragraph>
    </section>
  );
}

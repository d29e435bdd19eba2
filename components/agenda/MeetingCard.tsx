import { useLocale, useTranslations } from 'next-intl';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { meetingPagePath } from '@/lib/agenda/find-meeting';
import type { MeetingSummary } from '@/lib/agenda/search-meetings';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import { formatMeetingTime } from './format-meeting-time';

/** One meeting in a list, at the date the list is about. */
export function MeetingCard({ meeting, themes, headingLevel = 3 }: { meeting: MeetingSummary; themes: ThemeVocabulary; headingLevel?: 2 | 3 | 4 }) {
  const t = useTranslations('Agenda');
  const locale = useLocale() as Locale;
  const where = meeting.online ? t('online') : [meeting.place, meeting.municipality].filter(Boolean).join(', ');
  return (
    <article className="ww-offering-card">
      <Heading level={headingLevel} appearance="level-4">
        <InternalLink href={meetingPagePath(meeting.slug)}>{meeting.title}</InternalLink>
      </Heading>
      <Paragraph>
        <strong>
          <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)}</time>
        </strong>
        {where ? ` · ${where}` : ''}
        {meeting.cancelled ? <strong> · {t('cancelled')}</strong> : null}
      </Paragraph>
      <Paragraph>{meeting.summary}</Paragraph>
      <ul className="ww-badges">
        {meeting.cancelled ? (
          <li>
            <DataBadge value="cancelled">{t('cancelled')}</DataBadge>
          </li>
        ) : null}
        {meeting.learningForm ? (
          <li>
            <DataBadge value={meeting.learningForm}>{learningFormName(meeting.learningForm, locale)}</DataBadge>
          </li>
        ) : null}
        {meeting.themes.slice(0, 3).map((theme) => (
          <li key={theme}>
            <DataBadge value={theme}>{themes.name(theme, locale)}</DataBadge>
          </li>
        ))}
        {meeting.dates > 1 ? (
          <li>
            <DataBadge value="series">{t('series', { count: meeting.dates })}</DataBadge>
          </li>
        ) : null}
      </ul>
      <Paragraph className="text-sm">{meeting.offering ? t('partOf', { title: meeting.offering.title }) : t('teamProgramme')}</Paragraph>
    </article>
  );
}

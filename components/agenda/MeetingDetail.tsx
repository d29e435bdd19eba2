import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import { meetingPagePath, publicOnlineUrl, type PublishedMeeting } from '@/lib/agenda/find-meeting';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import { formatMeetingTime } from './format-meeting-time';

type Occurrence = PublishedMeeting['occurrences'][number];

/** A meeting: when (every coming date of a series, moved and cancelled ones marked), where, for whom, how to register. */
export function MeetingDetail({ meeting, coming, themes }: { meeting: PublishedMeeting; coming: Occurrence[]; themes: ThemeVocabulary }) {
  const t = useTranslations('Meeting');
  const vocab = useTranslations('vocab');
  const crumbs = useTranslations('common.breadcrumbs');
  const locale = useLocale() as Locale;
  const cancelled = meeting.status === 'cancelled';
  const link = publicOnlineUrl(meeting);
  const offering = meeting.offering?.status === 'published' ? meeting.offering : null;
  const facts: [string, ReactNode][] = [
    [t('where'), meeting.online ? t('online') : [meeting.place, meeting.municipality, meeting.province ? vocab(`provinces.${meeting.province}` as never) : null].filter(Boolean).join(', ')],
    [t('learningForm'), meeting.learningFormId ? learningFormName(meeting.learningFormId, locale) : null],
    [t('targetGroups'), meeting.targetGroups.map((group) => vocab(`targetGroups.${group}` as never)).join(', ') || null],
    [t('capacity'), meeting.capacity],
    [t('offering'), offering ? <InternalLink href={offeringPagePath(offering.slug)}>{offering.title}</InternalLink> : t('teamProgramme')],
  ];
  const dates = coming.length > 0 ? coming : meeting.occurrences.slice(-1);
  return (
    <article>
      <Breadcrumbs items={[{ href: '/', label: crumbs('home') }, { href: '/agenda', label: t('breadcrumb') }, { href: meetingPagePath(meeting.slug), label: meeting.title }]} />
      <Heading level={1}>{meeting.title}</Heading>
      {cancelled ? <Alert type="warning">{t('statusCancelled')}</Alert> : null}
      <Paragraph purpose="lead" className="max-w-3xl">
        {meeting.summary}
      </Paragraph>
      <ul className="ww-badges" aria-label={t('themes')}>
        {meeting.themes.map((theme) => (
          <li key={theme}>
            <DataBadge value={theme}>{themes.name(theme, locale)}</DataBadge>
          </li>
        ))}
      </ul>
      <div className="grid gap-x-12 lg:grid-cols-[2fr_1fr]">
        <div>
          <section aria-labelledby="when">
            <Heading level={2} id="when">
              {t('when')}
            </Heading>
            {meeting.recurrence ? <Paragraph>{coming.length > 0 ? t('series') : t('noDatesLeft')}</Paragraph> : null}
            <ul className="utrecht-unordered-list">
              {dates.map((date) => (
                <li key={date.recurrenceId.toISOString()} className="utrecht-unordered-list__item">
                  {date.cancelled || cancelled ? (
                    <>
                      <del>
                        <time dateTime={date.startsAt.toISOString()}>{formatMeetingTime(date.startsAt, date.endsAt, locale)}</time>
                      </del>{' '}
                      ({t('dateCancelled')})
                    </>
                  ) : (
                    <>
                      <time dateTime={date.startsAt.toISOString()}>{formatMeetingTime(date.startsAt, date.endsAt, locale)}</time>
                      {date.startsAt.getTime() !== date.recurrenceId.getTime() ? ` (${t('dateMoved')})` : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
            <Paragraph>
              <a className="nl-link" href={`${meetingPagePath(meeting.slug)}/bijeenkomst.ics`} download>
                {t('addToCalendar')}
              </a>
            </Paragraph>
          </section>
          <dl className="ww-facts">
            {facts.filter(([, value]) => value !== null && value !== '').map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        <aside aria-labelledby="register" className="ww-card self-start">
          <Heading level={2} id="register" appearance="level-3">
            {t('register')}
          </Heading>
          {meeting.online ? link ? (
            <Paragraph>
              <Link href={link} rel="noopener">
                {t('onlineLinkPublic')}
              </Link>
            </Paragraph>
          ) : (
            <Paragraph>{t('onlineLinkRegistered')}</Paragraph>
          ) : null}
          {meeting.registrationUrl ? (
            <Paragraph>
              <Link href={meeting.registrationUrl} rel="noopener">
                {t('registerLink')}
              </Link>
            </Paragraph>
          ) : null}
          {meeting.registrationEmail ? (
            <Paragraph>
              <Link href={`mailto:${meeting.registrationEmail}`}>{t('registerEmail', { email: meeting.registrationEmail })}</Link>
            </Paragraph>
          ) : null}
          {!meeting.registrationUrl && !meeting.registrationEmail ? <Paragraph>{t('noRegistration')}</Paragraph> : null}
        </aside>
      </div>
    </article>
  );
}

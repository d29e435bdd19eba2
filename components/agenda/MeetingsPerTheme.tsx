import { useLocale, useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { meetingPagePath } from '@/lib/agenda/find-meeting';
import type { MeetingLink } from '@/lib/agenda/meetings-per-theme';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import { formatMeetingTime } from './format-meeting-time';

/** On the learning agenda: per theme with coming meetings, the next few, with a link to the agenda filtered on it. */
export function MeetingsPerTheme({ meetings, themes }: { meetings: Map<string, MeetingLink[]>; themes: ThemeVocabulary }) {
  const t = useTranslations('Agenda');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="meetings-per-theme">
      <Heading level={2} id="meetings-per-theme">
        {t('perThemeTitle')}
      </Heading>
      {meetings.size === 0 ? <Paragraph>{t('noneComing')}</Paragraph> : null}
      <ul className="ww-offering-list">
        {[...meetings.entries()].map(([theme, links]) => (
          <li key={theme} className="ww-offering-card">
            <Heading level={3} appearance="level-4">
              {themes.name(theme, locale)}
            </Heading>
            <ul className="utrecht-unordered-list">
              {links.map((link) => (
                <li key={link.slug} className="utrecht-unordered-list__item">
                  <InternalLink href={meetingPagePath(link.slug)}>{link.title}</InternalLink> — <time dateTime={new Date(link.startsAt).toISOString()}>{formatMeetingTime(link.startsAt, link.endsAt, locale)}</time>
                  {link.cancelled ? ` (${t('cancelled')})` : null}
                </li>
              ))}
            </ul>
            <Paragraph>
              <InternalLink href={`/agenda?theme=${encodeURIComponent(theme)}`}>{t('perThemeMore', { theme: themes.name(theme, locale) })}</InternalLink>
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}

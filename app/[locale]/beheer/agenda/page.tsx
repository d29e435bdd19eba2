import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatMeetingTime } from '@/components/agenda/format-meeting-time';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/agenda'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerAgenda' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AgendaUpkeepPage({ params }: PageProps<'/[locale]/beheer/agenda'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireTeamMember();
  const t = await getTranslations('BeheerAgenda');
  const meetings = await db().meeting.findMany({
    orderBy: [{ startsAt: 'desc' }],
    take: 200,
    select: { id: true, title: true, startsAt: true, endsAt: true, status: true, recurrence: true, publishedAt: true, offering: { select: { title: true } } },
  });
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <Paragraph>
        <ButtonLink href="/beheer/agenda/nieuw" purpose="primary">
          {t('new')}
        </ButtonLink>
      </Paragraph>
      <table className="utrecht-table w-full">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('columns.title')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.first')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.belongsTo')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {meetings.map((meeting) => (
            <tr key={meeting.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <InternalLink href={`/beheer/agenda/${meeting.id}`}>{meeting.title}</InternalLink>
              </td>
              <td className="utrecht-table__cell">
                {formatMeetingTime(meeting.startsAt, meeting.endsAt, locale)}
                {meeting.recurrence ? ` (${t('series')})` : ''}
              </td>
              <td className="utrecht-table__cell">{meeting.offering?.title ?? t('teamProgramme')}</td>
              <td className="utrecht-table__cell">{!meeting.publishedAt ? t('statuses.proposed') : t(`statuses.${meeting.status === 'cancelled' ? 'cancelled' : 'scheduled'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

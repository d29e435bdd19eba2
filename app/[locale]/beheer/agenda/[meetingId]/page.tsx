import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatMeetingTime } from '@/components/agenda/format-meeting-time';
import { MeetingAdminForm } from '@/components/agenda/MeetingAdminForm';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { TextInput } from '@/components/ui/TextInput';
import { meetingPagePath } from '@/lib/agenda/find-meeting';
import { instantToLocal } from '@/lib/agenda/meeting-time';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { asLocale } from '@/lib/i18n/translate';
import { changeOccurrenceForm, saveMeetingForm } from '../meeting-actions';
import { invalidFieldMessage } from '../result-message';

type Props = PageProps<'/[locale]/beheer/agenda/[meetingId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerAgenda' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function EditMeetingPage({ params, searchParams }: Props) {
  const { locale: raw, meetingId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  await requireTeamMember();
  if (!/^[0-9a-f-]{36}$/i.test(meetingId)) notFound();
  const meeting = await db().meeting.findUnique({ where: { id: meetingId }, include: { offering: { select: { slug: true } }, occurrences: { orderBy: { startsAt: 'asc' } }, proposal: { select: { id: true } } } });
  if (!meeting) notFound();
  const t = await getTranslations('BeheerAgenda');
  const result = (await searchParams).result;
  const invalid = await invalidFieldMessage(result);
  const offerings = await db().offering.findMany({ where: { status: 'published' }, select: { slug: true, title: true }, orderBy: { title: 'asc' } });
  const now = new Date();
  const dates = meeting.occurrences.filter((occurrence) => occurrence.endsAt >= now).slice(0, 30);
  return (
    <>
      <InternalLink href="/beheer/agenda">{t('back')}</InternalLink>
      <Heading level={1}>{meeting.title}</Heading>
      {result === 'saved' ? <Alert type="ok">{t('saved')}</Alert> : null}
      {result === 'conflict' ? <Alert type="error">{t('conflict')}</Alert> : null}
      {invalid ? <Alert type="error">{invalid}</Alert> : null}
      <Paragraph>
        {meeting.publishedAt ? <InternalLink href={meetingPagePath(meeting.slug)}>{t('viewPublic')}</InternalLink> : t('notPublished')}
        {meeting.proposal ? (
          <>
            {' · '}
            <InternalLink href={`/beheer/bijeenkomst/${meeting.proposal.id}`}>{t('viewProposal')}</InternalLink>
          </>
        ) : null}
      </Paragraph>
      <Heading level={2}>{t('editTitle')}</Heading>
      <MeetingAdminForm action={saveMeetingForm} meeting={meeting} offeringSlug={meeting.offering?.slug} offerings={offerings} locale={locale} themes={await loadThemes(db())} />

      {meeting.recurrence ? (
        <section aria-labelledby="dates" className="mt-8">
          <Heading level={2} id="dates">{t('dates.title')}</Heading>
          <Paragraph>{t('dates.intro')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {dates.map((date, index) => {
              const hidden = (
                <>
                  <input type="hidden" name="meetingId" value={meeting.id} />
                  <input type="hidden" name="sequence" value={meeting.sequence} />
                  <input type="hidden" name="recurrenceId" value={date.recurrenceId.toISOString()} />
                </>
              );
              const moved = date.startsAt.getTime() !== date.recurrenceId.getTime();
              return (
                <li key={date.recurrenceId.toISOString()} className="utrecht-unordered-list__item mb-4">
                  <strong>{formatMeetingTime(date.startsAt, date.endsAt, locale)}</strong>
                  {date.cancelled ? ` (${t('dates.cancelled')})` : moved ? ` (${t('dates.moved')})` : ''}
                  <div className="mt-2 flex flex-wrap items-end gap-4">
                    <form action={changeOccurrenceForm} className="flex flex-wrap items-end gap-2">
                      {hidden}
                      <input type="hidden" name="intent" value="move" />
                      <div>
                        <label htmlFor={`move-start-${index}`} className="utrecht-form-label">{t('dates.newStart')}</label>
                        <TextInput id={`move-start-${index}`} type="datetime-local" name="start" defaultValue={instantToLocal(date.startsAt)} />
                      </div>
                      <div>
                        <label htmlFor={`move-end-${index}`} className="utrecht-form-label">{t('dates.newEnd')}</label>
                        <TextInput id={`move-end-${index}`} type="datetime-local" name="end" defaultValue={instantToLocal(date.endsAt)} />
                      </div>
                      <Button type="submit">{t('dates.move')}</Button>
                    </form>
                    <form action={changeOccurrenceForm}>
                      {hidden}
                      <input type="hidden" name="intent" value={date.cancelled || moved ? 'restore' : 'cancel'} />
                      <Button type="submit" purpose="secondary">{date.cancelled || moved ? t('dates.restore') : t('dates.cancel')}</Button>
                    </form>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

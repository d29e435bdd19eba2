import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { MeetingDetail } from '@/components/agenda/MeetingDetail';
import { findPublishedMeeting, meetingPagePath } from '@/lib/agenda/find-meeting';
import { meetingJsonLd } from '@/lib/agenda/meeting-json-ld';
import { jsonLdText } from '@/lib/catalogue/offering-json-ld';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { asLocale } from '@/lib/i18n/translate';
import { loadThemes } from '@/lib/themes/load-themes';

export async function generateMetadata({ params }: PageProps<'/[locale]/agenda/[slug]'>): Promise<Metadata> {
  const { slug, locale } = await params;
  const meeting = await findPublishedMeeting(db(), { slug });
  if (!meeting) {
    const t = await getTranslations({ locale, namespace: 'pages.notFound.meta' });
    return { title: t('title') };
  }
  return { title: meeting.title, description: meeting.summary };
}

export default async function MeetingPage({ params }: PageProps<'/[locale]/agenda/[slug]'>) {
  await connection();
  const { slug, locale: raw } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const [meeting, themes] = await Promise.all([findPublishedMeeting(db(), { slug }), loadThemes(db())]);
  if (!meeting) notFound();
  const now = new Date();
  const coming = meeting.occurrences.filter((occurrence) => occurrence.endsAt >= now);
  const shown = coming.find((occurrence) => !occurrence.cancelled) ?? coming[0] ?? meeting.occurrences.at(-1) ?? meeting;
  const jsonLd = meetingJsonLd(meeting, `${getEnv().appUrl}${meetingPagePath(slug)}`, shown, { themes: meeting.themes.map((id) => themes.name(id, 'nl')) });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <MeetingDetail meeting={meeting} coming={coming} themes={themes} />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { connection } from 'next/server';
import { AgendaPage } from '@/components/agenda/AgendaPage';
import { readMeetingQueryLeniently } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { loadThemes } from '@/lib/themes/load-themes';

export async function generateMetadata({ params }: PageProps<'/[locale]/agenda/archief'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Agenda.meta' });
  return { title: t('archiveTitle') };
}

export default async function PastMeetingsPage({ params, searchParams }: PageProps<'/[locale]/agenda/archief'>) {
  await connection();
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { query, ignored } = readMeetingQueryLeniently(await searchParams);
  const [result, themes] = await Promise.all([searchMeetings(db(), query, 'past'), loadThemes(db())]);
  return <AgendaPage locale={locale} path="/agenda/archief" query={query} result={result} ignored={ignored} upcoming={false} themes={themes} />;
}

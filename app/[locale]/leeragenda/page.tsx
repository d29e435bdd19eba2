import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LearningAgenda } from '@/components/catalogue/LearningAgenda';
import { MeetingsPerTheme } from '@/components/agenda/MeetingsPerTheme';
import { meetingsPerTheme } from '@/lib/agenda/meetings-per-theme';
import { listThemes } from '@/lib/catalogue/list-reference-data';
import { offeringsPerTheme } from '@/lib/catalogue/offerings-by';
import { db } from '@/lib/db/client';
import { connection } from 'next/server';
import { loadThemes } from '@/lib/themes/load-themes';
import { knowledgePerTheme } from '@/lib/knowledge/knowledge-by';

export async function generateMetadata({ params }: PageProps<'/[locale]/leeragenda'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue.agenda.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function LearningAgendaPage({ params }: PageProps<'/[locale]/leeragenda'>) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const [themes, offerings, meetings, vocabulary, knowledge] = await Promise.all([listThemes(db()), offeringsPerTheme(db()), meetingsPerTheme(db()), loadThemes(db()), knowledgePerTheme(db())]);
  return (
    <>
      <LearningAgenda themes={themes} offerings={offerings} knowledge={knowledge} />
      <MeetingsPerTheme meetings={meetings} themes={vocabulary} />
    </>
  );
}

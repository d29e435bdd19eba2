import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Menukaart } from '@/components/catalogue/Menukaart';
import { listLearningForms } from '@/lib/catalogue/list-reference-data';
import { offeringsPerLearningForm } from '@/lib/catalogue/offerings-by';
import { db } from '@/lib/db/client';
import { connection } from 'next/server';
import { knowledgePerLearningForm } from '@/lib/knowledge/knowledge-by';

export async function generateMetadata({ params }: PageProps<'/[locale]/leervormen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue.menukaart.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function LearningFormsPage({ params }: PageProps<'/[locale]/leervormen'>) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const [categories, offerings, knowledge] = await Promise.all([listLearningForms(db()), offeringsPerLearningForm(db()), knowledgePerLearningForm(db())]);
  return <Menukaart categories={categories} offerings={offerings} knowledge={knowledge} />;
}

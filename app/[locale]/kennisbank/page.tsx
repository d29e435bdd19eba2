import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueFilterForm } from '@/components/catalogue/CatalogueFilterForm';
import { KnowledgeFilters } from '@/components/knowledge/KnowledgeFilters';
import { KnowledgeResults } from '@/components/knowledge/KnowledgeResults';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { localisedPath } from '@/lib/i18n/routing';
import { asLocale } from '@/lib/i18n/translate';
import { readKnowledgeQueryLeniently } from '@/lib/knowledge/knowledge-query';
import { searchKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';

export async function generateMetadata({ params }: PageProps<'/[locale]/kennisbank'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'KnowledgeBase' });
  return { title: t('title'), description: t('intro') };
}

export default async function KnowledgeBasePage({ params, searchParams }: PageProps<'/[locale]/kennisbank'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('KnowledgeBase');
  const query = readKnowledgeQueryLeniently(await searchParams);
  const [result, themes] = await Promise.all([searchKnowledgeProducts(db(), query), loadThemes(db())]);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('intro')}
      </Paragraph>
      <CatalogueFilterForm action={localisedPath('/kennisbank', locale)} label={t('searchLabel')} updatingText={t('updating')}>
        <div className="ww-catalogue">
          <KnowledgeFilters query={query} facets={result.facets} themes={themes} />
          <KnowledgeResults query={query} result={result} themes={themes} />
        </div>
      </CatalogueFilterForm>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CatalogueFilterForm } from '@/components/catalogue/CatalogueFilterForm';
import { CatalogueFilters } from '@/components/catalogue/CatalogueFilters';
import { CatalogueResults } from '@/components/catalogue/CatalogueResults';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { browseCatalogue } from '@/lib/catalogue/browse-catalogue';
import { loadThemes } from '@/lib/themes/load-themes';
import { db } from '@/lib/db/client';
import { localisedPath } from '@/lib/i18n/routing';
import { asLocale } from '@/lib/i18n/translate';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue.list.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function CataloguePage({ params, searchParams }: PageProps<'/[locale]/aanbod'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('catalogue.list');
  const themes = await loadThemes(db());
  const view = await browseCatalogue(db(), await searchParams, themes);
  const action = localisedPath('/aanbod', locale);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <CatalogueFilterForm action={action} label={t('searchLabel')} updatingText={t('updating')}>
        <div className="ww-catalogue">
          <CatalogueFilters query={view.query} facets={view.result.facets} themes={themes} />
          <CatalogueResults view={view} />
        </div>
      </CatalogueFilterForm>
    </>
  );
}

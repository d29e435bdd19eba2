import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FollowSearchForm } from '@/components/following/FollowSearchForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { optionLabel } from '@/components/catalogue/option-labels';
import { FILTER_PARAMS, OFFERING_FILTERS } from '@/lib/catalogue/offering-filters';
import { asLocale } from '@/lib/i18n/translate';
import { filtersFromQuery, filtersToQuery } from '@/lib/following/followed-search';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { followSearch } from './follow-search';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/volgen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following' });
  return { title: t('title'), description: t('intro') };
}

// /aanbod/volgen?<the catalogue's filters>: follow that search by e-mail (double opt-in).
export default async function FollowSearchPage({ params, searchParams }: PageProps<'/[locale]/aanbod/volgen'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, tc, messages, themes] = await Promise.all([getTranslations('following'), getTranslations('catalogue.list'), getTranslations(), loadThemes(db())]);
  const filters = filtersFromQuery(await searchParams, { themes: themes.all.map((theme) => theme.id) });
  const chosen = (name: (typeof FILTER_PARAMS)[number]): string[] => {
    const value = filters[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const summary: [string, string][] = [
    ...(filters.q ? [[t('labels.q'), filters.q] as [string, string]] : []),
    ...FILTER_PARAMS.filter((name) => chosen(name).length > 0).map((name): [string, string] => [
      tc(OFFERING_FILTERS[name].labelKey),
      chosen(name).map((value) => optionLabel(name, value, locale, (key) => messages(key as never), themes)).join(', '),
    ]),
  ];
  const query = filtersToQuery(filters);
  const hidden = [...new URLSearchParams(query).entries()];
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">{t('intro')}</Paragraph>
      <Heading level={2}>{t('filtersTitle')}</Heading>
      {summary.length === 0 ? (
        <Paragraph>{t('noFilters')}</Paragraph>
      ) : (
        <dl className="mb-6">
          {summary.map(([label, value]) => (
            <div key={label}>
              <dt className="font-bold">{label}</dt>
              <dd className="mb-2">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <ClientMessages namespaces={['following', 'forms']}>
        <FollowSearchForm action={followSearch} hidden={hidden} />
      </ClientMessages>
      <Paragraph className="mt-6">
        <InternalLink href={`/aanbod${query ? `?${query}` : ''}`}>{t('backToCatalogue')}</InternalLink>
      </Paragraph>
    </>
  );
}

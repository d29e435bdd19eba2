import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FollowSearchForm } from '@/components/following/FollowSearchForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { db } from '@/lib/db/client';
import { filtersFromQuery, filtersToQuery } from '@/lib/following/followed-search';
import { followSearch } from './follow-search';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/volgen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following' });
  return { title: t('title'), description: t('intro') };
}

// /aanbod/volgen?<the catalogue's filters>: follow that search by e-mail (double opt-in).
export default async function FollowSearchPage({ params, searchParams }: PageProps<'/[locale]/aanbod/volgen'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = filtersFromQuery(await searchParams);
  const [t, tv, themes, forms] = await Promise.all([
    getTranslations('following'),
    getTranslations('vocab'),
    db().theme.findMany({ where: { id: { in: filters.thema } }, select: { id: true, nameNl: true, nameEn: true } }),
    db().learningForm.findMany({ where: { id: { in: filters.leervorm } }, select: { id: true, nameNl: true, nameEn: true } }),
  ]);
  const name = (row: { nameNl: string; nameEn: string }) => (locale === 'en' ? row.nameEn : row.nameNl);
  const summary: [string, string][] = [
    ...(filters.q ? [[t('labels.q'), filters.q] as [string, string]] : []),
    ...(themes.length ? [[t('labels.thema'), themes.map(name).join(', ')] as [string, string]] : []),
    ...(forms.length ? [[t('labels.leervorm'), forms.map(name).join(', ')] as [string, string]] : []),
    ...(filters.schaal.length ? [[t('labels.schaal'), filters.schaal.map((id) => tv(`scales.${id}` as never)).join(', ')] as [string, string]] : []),
    ...(filters.provincie.length ? [[t('labels.provincie'), filters.provincie.map((id) => tv(`provinces.${id}` as never)).join(', ')] as [string, string]] : []),
    ...(filters.doelgroep.length ? [[t('labels.doelgroep'), filters.doelgroep.map((id) => tv(`targetGroups.${id}` as never)).join(', ')] as [string, string]] : []),
  ];
  const hidden = [...new URLSearchParams(filtersToQuery(filters)).entries()];
  const query = filtersToQuery(filters);
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

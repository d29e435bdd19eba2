import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfferingDetail } from '@/components/catalogue/OfferingDetail';
import { findPublishedOffering } from '@/lib/catalogue/find-published-offering';
import { jsonLdText, offeringJsonLd } from '@/lib/catalogue/offering-json-ld';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { learningFormName, themeName } from '@/lib/catalogue/reference-labels';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { asLocale } from '@/lib/i18n/translate';
import { connection } from 'next/server';
import { ConnectedNetworks } from '@/components/knowledge/ConnectedNetworks';
import { RelatedKnowledge } from '@/components/knowledge/RelatedKnowledge';
import { listConnectedNetworks } from '@/lib/connections/offering-connections';
import { listRelatedKnowledgeProducts } from '@/lib/knowledge/search-knowledge-products';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/[slug]'>): Promise<Metadata> {
  const { slug, locale } = await params;
  const found = await findPublishedOffering(db(), slug);
  if (!found) {
    const t = await getTranslations({ locale, namespace: 'pages.notFound.meta' });
    return { title: t('title') };
  }
  return { title: found.offering.title, description: found.offering.summary };
}

export default async function OfferingPage({ params }: PageProps<'/[locale]/aanbod/[slug]'>) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { slug, locale: raw } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const found = await findPublishedOffering(db(), slug);
  if (!found) notFound();
  const jsonLd = offeringJsonLd(found, `${getEnv().appUrl}${offeringPagePath(slug)}`, {
    form: learningFormName(found.offering.learningFormId, 'nl'),
    themes: found.offering.themes.map((id) => themeName(id, 'nl')),
  });
  // Function 4: the networks it is connected with, and the knowledge from and about it.
  const [connected, knowledge, related] = await Promise.all([
    listConnectedNetworks(db(), [found.offering.id]),
    listRelatedKnowledgeProducts(db(), { offeringIds: [found.offering.id], themes: found.offering.themes }, 4),
    getTranslations('KnowledgeBase.related'),
  ]);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <OfferingDetail found={found} />
      <ConnectedNetworks networks={connected.get(found.offering.id) ?? []} />
      <RelatedKnowledge products={knowledge} heading={related('offering')} id="offering-knowledge" moreHref={`/kennisbank?theme=${found.offering.themes[0] ?? ''}`} />
    </>
  );
}

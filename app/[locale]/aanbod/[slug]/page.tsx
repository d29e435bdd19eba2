import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfferingDetail } from '@/components/catalogue/OfferingDetail';
import { UpcomingMeetings } from '@/components/agenda/UpcomingMeetings';
import { meetingQuerySchema } from '@/lib/agenda/meeting-query';
import { searchMeetings } from '@/lib/agenda/search-meetings';
import { findPublishedOffering } from '@/lib/catalogue/find-published-offering';
import { jsonLdText, offeringJsonLd } from '@/lib/catalogue/offering-json-ld';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { asLocale } from '@/lib/i18n/translate';
import { connection } from 'next/server';
import { loadThemes } from '@/lib/themes/load-themes';
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
  const [found, themes] = await Promise.all([findPublishedOffering(db(), slug), loadThemes(db())]);
  if (!found) notFound();
  const meetings = await searchMeetings(db(), meetingQuerySchema.parse({ pageSize: '5' }), 'upcoming', { offeringId: found.offering.id });
  const m = await getTranslations('Meeting');
  const jsonLd = offeringJsonLd(found, `${getEnv().appUrl}${offeringPagePath(slug)}`, {
    form: learningFormName(found.offering.learningFormId, 'nl'),
    themes: found.offering.themes.map((id) => themes.name(id, 'nl')),
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
      <OfferingDetail found={found} themes={themes} />
      <UpcomingMeetings
        id="meetings"
        title={m('offeringMeetings')}
        meetings={meetings.items}
        themes={themes}
        feedHref={`${offeringPagePath(slug)}/agenda.ics`}
        feedLabel={m('offeringFeed')}
      />
      <ConnectedNetworks networks={connected.get(found.offering.id) ?? []} />
      <RelatedKnowledge products={knowledge} themes={themes} heading={related('offering')} id="offering-knowledge" moreHref={`/kennisbank?theme=${found.offering.themes[0] ?? ''}`} />
    </>
  );
}

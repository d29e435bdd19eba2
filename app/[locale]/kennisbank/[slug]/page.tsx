import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { KnowledgeProductDetail } from '@/components/knowledge/KnowledgeProductDetail';
import { jsonLdText } from '@/lib/catalogue/offering-json-ld';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { getEnv } from '@/lib/env';
import { asLocale } from '@/lib/i18n/translate';
import { findPublishedKnowledgeProduct } from '@/lib/knowledge/find-knowledge-product';
import { knowledgeJsonLd } from '@/lib/knowledge/knowledge-json-ld';

export async function generateMetadata({ params }: PageProps<'/[locale]/kennisbank/[slug]'>): Promise<Metadata> {
  const { slug, locale } = await params;
  const product = await findPublishedKnowledgeProduct(db(), slug);
  if (!product) {
    const t = await getTranslations({ locale, namespace: 'pages.notFound.meta' });
    return { title: t('title') };
  }
  return { title: product.title, description: product.summary };
}

export default async function KnowledgeProductPage({ params }: PageProps<'/[locale]/kennisbank/[slug]'>) {
  await connection();
  const { slug, locale: raw } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const [product, themes] = await Promise.all([findPublishedKnowledgeProduct(db(), slug), loadThemes(db())]);
  if (!product) notFound();
  const appUrl = getEnv().appUrl;
  const fileUrl = product.fileKey ? `${appUrl}/api/knowledge-products/${product.slug}/file` : undefined;
  const jsonLd = knowledgeJsonLd(product, `${appUrl}/kennisbank/${product.slug}`, { themes: product.themes.map((id) => themes.name(id, 'nl')), fileUrl });
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <KnowledgeProductDetail product={product} themes={themes} />
    </>
  );
}

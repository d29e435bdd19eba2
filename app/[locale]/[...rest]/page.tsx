import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pages.notFound.meta' });
  return { title: t('title') };
}

// Any path that matches no page renders the localised 404 of app/[locale]/not-found.tsx.
export default async function CatchAll() {
  // Per request, so its 404 gets the CSP nonce of proxy.ts.
  await connection();
  notFound();
}

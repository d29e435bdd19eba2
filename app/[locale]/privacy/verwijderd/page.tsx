import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy/verwijderd'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.deleted' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Where the visitor lands after deleting their learning question or plan. */
export default async function DataDeletedPage({ params }: PageProps<'/[locale]/privacy/verwijderd'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy.deleted');
  return (
    <article className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Alert type="ok" role="status">
        {t('text')}
      </Alert>
      <Paragraph>{t.rich('onward', { link: (text) => <InternalLink href="/privacy">{text}</InternalLink> })}</Paragraph>
    </article>
  );
}

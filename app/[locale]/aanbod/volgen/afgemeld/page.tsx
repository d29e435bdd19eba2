import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/volgen/afgemeld'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.unsubscribed' });
  return { title: t('title'), robots: { index: false } };
}

// Where the unsubscribe button leads: the subscription and its address are deleted.
export default async function UnsubscribedPage({ params }: PageProps<'/[locale]/aanbod/volgen/afgemeld'>) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('following.unsubscribed');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Alert type="ok">{t('text')}</Alert>
    </>
  );
}

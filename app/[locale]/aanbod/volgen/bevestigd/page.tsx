import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';

export async function generateMetadata({ params }: PageProps<'/[locale]/aanbod/volgen/bevestigd'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.confirmed' });
  return { title: t('title'), robots: { index: false } };
}

// Where the confirmation button leads.
export default async function FollowingConfirmedPage({ params }: PageProps<'/[locale]/aanbod/volgen/bevestigd'>) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('following.confirmed');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Alert type="ok">{t('text')}</Alert>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { db } from '@/lib/db/client';
import { unsubscribeFollowing } from '@/lib/following/follow-catalogue-search';
import { connection } from 'next/server';

type Props = PageProps<'/[locale]/aanbod/volgen/afmelden/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.unsubscribed' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// One click from the e-mail unsubscribes: the subscription and its address are deleted.
export default async function UnsubscribePage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('following.unsubscribed');
  await unsubscribeFollowing(db(), token);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Alert type="ok">{t('text')}</Alert>
    </>
  );
}

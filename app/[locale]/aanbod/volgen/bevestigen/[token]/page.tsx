import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { db } from '@/lib/db/client';
import { confirmFollowing } from '@/lib/following/follow-catalogue-search';
import { connection } from 'next/server';

type Props = PageProps<'/[locale]/aanbod/volgen/bevestigen/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.confirmed' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// The double opt-in link: following the link is the confirmation.
export default async function ConfirmFollowingPage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('following.confirmed');
  const ok = await confirmFollowing(db(), token);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      {ok ? <Alert type="ok">{t('text')}</Alert> : <Alert type="error">{t('invalid')}</Alert>}
    </>
  );
}

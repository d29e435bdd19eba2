import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { db } from '@/lib/db/client';
import { findFollowingConfirmState } from '@/lib/following/follow-catalogue-search';
import { confirmFollowingAction } from '../../following-actions';
import { connection } from 'next/server';

type Props = PageProps<'/[locale]/aanbod/volgen/bevestigen/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.confirmPage' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// The double opt-in link from the e-mail: opening it changes nothing; the button confirms (POST).
export default async function ConfirmFollowingPage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, confirmed] = await Promise.all([getTranslations('following.confirmPage'), getTranslations('following.confirmed')]);
  const state = await findFollowingConfirmState(db(), token);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      {state === 'unknown' ? <Alert type="error">{confirmed('invalid')}</Alert> : null}
      {state === 'confirmed' ? <Alert type="ok">{t('already')}</Alert> : null}
      {state === 'pending' ? (
        <form action={confirmFollowingAction}>
          <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" purpose="primary">{t('button')}</Button>
        </form>
      ) : null}
    </>
  );
}

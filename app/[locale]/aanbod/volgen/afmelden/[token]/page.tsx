import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { unsubscribeFollowingAction } from '../../following-actions';
import { connection } from 'next/server';

type Props = PageProps<'/[locale]/aanbod/volgen/afmelden/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'following.unsubscribePage' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// The unsubscribe link from the e-mail: opening it changes nothing; the button unsubscribes (POST).
// Mail clients unsubscribe in one click through POST /api/volgen/afmelden/<token> (RFC 8058).
export default async function UnsubscribePage({ params }: Props) {
  // Per request: it reads the database (and gets the CSP nonce of proxy.ts).
  await connection();
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('following.unsubscribePage');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <form action={unsubscribeFollowingAction}>
        <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" purpose="primary">{t('button')}</Button>
      </form>
    </>
  );
}

// The page a following button leads to (confirmed, unsubscribed): a heading and what happened.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';

export type FollowingResultKind = 'confirmed' | 'unsubscribed';

export async function followingResultMetadata(locale: string, kind: FollowingResultKind): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: `following.${kind}` });
  return { title: t('title'), robots: { index: false } };
}

export async function FollowingResult({ kind }: { kind: FollowingResultKind }) {
  const t = await getTranslations(`following.${kind}`);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Alert type="ok">{t('text')}</Alert>
    </>
  );
}

import { setRequestLocale } from 'next-intl/server';
import { FollowingResult, followingResultMetadata } from '@/components/following/FollowingResult';

type Props = PageProps<'/[locale]/aanbod/volgen/afgemeld'>;

export async function generateMetadata({ params }: Props) {
  return followingResultMetadata((await params).locale, 'unsubscribed');
}

// Where the unsubscribe button leads: the subscription and its address are deleted.
export default async function UnsubscribedPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <FollowingResult kind="unsubscribed" />;
}

import { setRequestLocale } from 'next-intl/server';
import { FollowingResult, followingResultMetadata } from '@/components/following/FollowingResult';

type Props = PageProps<'/[locale]/aanbod/volgen/bevestigd'>;

export async function generateMetadata({ params }: Props) {
  return followingResultMetadata((await params).locale, 'confirmed');
}

// Where the confirmation button leads.
export default async function FollowingConfirmedPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <FollowingResult kind="confirmed" />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmDeletion } from '@/components/privacy/ConfirmDeletion';
import { db } from '@/lib/db/client';
import { findNetworkPlan } from '@/lib/wizard/find-network-plan';
import { deletePlan } from '../delete-plan';

type Props = PageProps<'/[locale]/leernetwerk-opzetten/plan/[token]/verwijderen'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy.confirm' });
  return { title: t('planTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

export default async function DeleteNetworkPlanPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  if (!(await findNetworkPlan(db(), token))) notFound();
  const t = await getTranslations('privacy.confirm');
  return (
    <ConfirmDeletion
      title={t('planTitle')}
      paragraphs={[t('planText'), t('planKept')]}
      token={token}
      action={deletePlan}
      cancelHref={`/leernetwerk-opzetten/plan/${token}#je-gegevens`}
    />
  );
}

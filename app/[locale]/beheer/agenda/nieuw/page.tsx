import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MeetingAdminForm } from '@/components/agenda/MeetingAdminForm';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { asLocale } from '@/lib/i18n/translate';
import { saveMeetingForm } from '../meeting-actions';
import { invalidFieldMessage } from '../result-message';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/agenda/nieuw'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerAgenda' });
  return { title: t('new'), robots: { index: false } };
}

export default async function NewMeetingPage({ params, searchParams }: PageProps<'/[locale]/beheer/agenda/nieuw'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireTeamMember();
  const t = await getTranslations('BeheerAgenda');
  const invalid = await invalidFieldMessage((await searchParams).result);
  const offerings = await db().offering.findMany({ where: { status: 'published' }, select: { slug: true, title: true }, orderBy: { title: 'asc' } });
  return (
    <>
      <InternalLink href="/beheer/agenda">{t('back')}</InternalLink>
      <Heading level={1}>{t('new')}</Heading>
      {invalid ? <Alert type="error">{invalid}</Alert> : null}
      <MeetingAdminForm action={saveMeetingForm} offerings={offerings} locale={locale} themes={await loadThemes(db())} />
    </>
  );
}

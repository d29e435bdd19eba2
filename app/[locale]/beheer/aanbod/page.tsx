import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { DataBadge } from '@/components/ui/DataBadge';
import { VisuallyHidden } from '@/components/ui/VisuallyHidden';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { listOfferingsForUpkeep } from '@/lib/catalogue/maintain-offerings';
import { db } from '@/lib/db/client';
import { changeOffering } from './[offeringId]/offering-actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/aanbod'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.upkeep' });
  return { title: t('title'), robots: { index: false } };
}

// Published offerings, and those not reviewed for twelve months (?nakijken=1).
export default async function UpkeepPage({ params, searchParams }: PageProps<'/[locale]/beheer/aanbod'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  const query = await searchParams;
  const reviewDue = query.nakijken === '1';
  const page = Math.max(1, Number(query.page) || 1);
  const [t, verification, format, { offerings, total }] = await Promise.all([
    getTranslations('admin.upkeep'),
    getTranslations('Verification'),
    getFormatter(),
    listOfferingsForUpkeep(db(), { reviewDue, page }),
  ]);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <Paragraph className="max-w-3xl">{verification('upkeep.intro')}</Paragraph>
      {query.result === 'verified' ? <Alert type="ok">{verification('upkeep.verified')}</Alert> : null}
      <nav aria-label={t('title')} className="mb-4 flex gap-6">
        <InternalLink href="/beheer/aanbod" current={!reviewDue}>{t('all')}</InternalLink>
        <InternalLink href="/beheer/aanbod?nakijken=1" current={reviewDue}>{t('reviewDue')}</InternalLink>
      </nav>
      <p role="status" className="utrecht-paragraph">{t('count', { total })}</p>
      <table className="utrecht-table w-full">
        <caption className="sr-only">{reviewDue ? t('reviewDue') : t('all')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('columns.title')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.lastReviewed')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{verification('upkeep.column')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {offerings.map((offering) => (
            <tr key={offering.id} className="utrecht-table__row" data-offering={offering.slug}>
              <td className="utrecht-table__cell"><InternalLink href={`/beheer/aanbod/${offering.id}`}>{offering.title}</InternalLink></td>
              <td className="utrecht-table__cell">{offering.lastReviewedAt ? format.dateTime(offering.lastReviewedAt, { dateStyle: 'medium' }) : t('never')}</td>
              <td className="utrecht-table__cell">{offering.reviewDue ? <DataBadge>{t('due')}</DataBadge> : t('ok')}</td>
              <td className="utrecht-table__cell">
                {offering.needsVerification ? (
                  <form action={changeOffering} className="flex flex-wrap items-center gap-2">
                    <DataBadge>{verification('upkeep.needsVerification')}</DataBadge>
                    <input type="hidden" name="offeringId" value={offering.id} />
                    <input type="hidden" name="version" value={offering.version} />
                    <input type="hidden" name="intent" value="verified" />
                    <input type="hidden" name="from" value="list" />
                    <Button type="submit" purpose="secondary">
                      {verification('upkeep.markVerified')}
                      <VisuallyHidden>: {offering.title}</VisuallyHidden>
                    </Button>
                  </form>
                ) : offering.lastVerifiedAt ? (
                  offering.lastVerifiedBy
                    ? verification('upkeep.verifiedBy', { date: format.dateTime(offering.lastVerifiedAt, { dateStyle: 'medium' }), name: offering.lastVerifiedBy.name })
                    : verification('upkeep.verifiedOn', { date: format.dateTime(offering.lastVerifiedAt, { dateStyle: 'medium' }) })
                ) : (
                  t('never')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination currentPage={page} totalPages={Math.max(1, Math.ceil(total / 50))} href={(target) => `/beheer/aanbod?${reviewDue ? 'nakijken=1&' : ''}page=${target}`} />
    </>
  );
}

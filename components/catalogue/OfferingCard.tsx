import { useLocale, useTranslations } from 'next-intl';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { OfferingSummary } from '@/lib/catalogue/search-offerings';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { formatDay } from '@/components/catalogue/format-day';
import type { Locale } from '@/lib/i18n/routing';

/** One offering in a result list. */
export function OfferingCard({ offering, headingLevel = 3 }: { offering: OfferingSummary; headingLevel?: 2 | 3 }) {
  const t = useTranslations('catalogue.list');
  const verification = useTranslations('Verification');
  const vocab = useTranslations('vocab');
  const locale = useLocale() as Locale;
  return (
    <article className="ww-offering-card">
      <Heading level={headingLevel} appearance="level-4">
        <InternalLink href={offeringPagePath(offering.slug)}>{offering.title}</InternalLink>
      </Heading>
      <Paragraph>{offering.summary}</Paragraph>
      <ul className="ww-badges" >
        <li>
          <DataBadge value={offering.learningForm}>{learningFormName(offering.learningForm, locale)}</DataBadge>
        </li>
        {offering.scales.map((scale) => (
          <li key={scale}>
            <DataBadge value={scale}>{vocab(`scales.${scale}`)}</DataBadge>
          </li>
        ))}
        <li>
          {offering.needsVerification ? (
            <DataBadge value="unverified">{verification('badge')}</DataBadge>
          ) : (
            <DataBadge value={offering.openToJoin ? 'open' : 'closed'}>{offering.openToJoin ? t('openToJoin') : t('closed')}</DataBadge>
          )}
        </li>
        {offering.startDate ? (
          <li>
            <DataBadge value={offering.startDate}>{t('starts', { date: formatDay(offering.startDate, locale) })}</DataBadge>
          </li>
        ) : null}
      </ul>
    </article>
  );
}

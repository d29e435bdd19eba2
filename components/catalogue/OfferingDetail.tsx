import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import type { PublishedOffering } from '@/lib/catalogue/find-published-offering';
import { offeringPagePath } from '@/lib/catalogue/offering-page-url';
import { learningFormName } from '@/lib/catalogue/reference-labels';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import { formatDay } from './format-day';

/** Every attribute of an offering in plain language, how to join, and related offerings. */
export function OfferingDetail({ found, themes }: { found: PublishedOffering; themes: ThemeVocabulary }) {
  const t = useTranslations('catalogue.detail');
  const verification = useTranslations('Verification');
  const vocab = useTranslations('vocab');
  const crumbs = useTranslations('common.breadcrumbs');
  const locale = useLocale() as Locale;
  const { offering } = found;
  const v = (group: string, values: string[]) => (values.length > 0 ? values.map((value) => vocab(`${group}.${value}` as never)).join(', ') : null);
  const placesLeft = offering.capacity !== null ? Math.max(0, offering.capacity - (offering.participants ?? 0)) : null;
  const upcoming = offering.startDate && offering.startDate >= new Date(new Date().toISOString().slice(0, 10)) ? offering.startDate : null;
  const period = offering.startDate
    ? offering.endDate
      ? t('fromTo', { start: formatDay(offering.startDate, locale), end: formatDay(offering.endDate, locale) })
      : t('from', { start: formatDay(offering.startDate, locale) })
    : null;
  const facts: [string, ReactNode][] = [
    [t('provider'), offering.provider],
    [t('learningForm'), learningFormName(offering.learningFormId, locale)],
    [t('intensity'), vocab(`intensities.${found.intensity}` as never)],
    [t('scales'), v('scales', offering.scales)],
    [t('provinces'), v('provinces', offering.provinces)],
    [t('municipalities'), offering.municipalities.join(', ') || null],
    [t('targetGroups'), v('targetGroups', offering.targetGroups)],
    [t('levels'), v('learningLevels', offering.levels)],
    [t('disciplinarity'), offering.disciplinarity ? vocab(`disciplinarity.${offering.disciplinarity}` as never) : null],
    [t('cadence'), offering.cadence],
    [t('period'), period],
  ];
  return (
    <article>
      <Breadcrumbs items={[{ href: '/', label: crumbs('home') }, { href: '/aanbod', label: t('breadcrumb') }, { href: offeringPagePath(offering.slug), label: offering.title }]} />
      <Heading level={1}>{offering.title}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {offering.summary}
      </Paragraph>
      <ul className="ww-badges" aria-label={t('themes')}>
        {found.themes.map((theme) => (
          <li key={theme.id}>
            <DataBadge value={theme.id}>{themes.name(theme.id, locale)}</DataBadge>
          </li>
        ))}
      </ul>

      <div className="grid gap-x-12 lg:grid-cols-[2fr_1fr]">
        <div>
          {offering.description ? (
            <section aria-labelledby="about">
              <Heading level={2} id="about">
                {t('about')}
              </Heading>
              {offering.description.split(/\n\s*\n/).map((paragraph, index) => (
                <Paragraph key={index}>{paragraph}</Paragraph>
              ))}
            </section>
          ) : null}
          <section aria-labelledby="facts">
            <Heading level={2} id="facts">
              {t('facts')}
            </Heading>
            <dl className="ww-facts">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value ?? t('notKnown')}</dd>
                </div>
              ))}
            </dl>
            <Paragraph>
              <InternalLink href={`/leervormen#${offering.learningFormId}`}>{t('learningFormLink', { form: learningFormName(offering.learningFormId, locale) })}</InternalLink>
            </Paragraph>
          </section>
        </div>

        <aside aria-labelledby="join" className="ww-card self-start">
          <Heading level={2} id="join" appearance="level-3">
            {t('join')}
          </Heading>
          {offering.needsVerification ? (
            <div data-verification="needed">
              <Paragraph>
                <strong>{verification('badge')}.</strong> {verification('unverified')}
              </Paragraph>
              <Paragraph>
                {offering.contactName || offering.provider ? verification('askContact', { contact: offering.contactName ?? offering.provider ?? '' }) : verification('askTeam')}
              </Paragraph>
              <Paragraph>
                <InternalLink href="/contact">{verification('askTeamLink')}</InternalLink>
              </Paragraph>
            </div>
          ) : (
            <Paragraph>{offering.openToJoin ? t('openToJoin') : t('closed')}</Paragraph>
          )}
          {offering.lastVerifiedAt ? <Paragraph>{verification('lastVerified', { date: formatDay(offering.lastVerifiedAt, locale) })}</Paragraph> : null}
          {placesLeft !== null ? <Paragraph>{t('placesLeft', { count: placesLeft })}</Paragraph> : null}
          {offering.participants !== null ? <Paragraph>{t('participants', { count: offering.participants })}</Paragraph> : null}
          {upcoming ? <Paragraph>{t('nextStart', { date: formatDay(upcoming, locale) })}</Paragraph> : null}
          {offering.contactName ? <Paragraph>{t('contact', { name: offering.contactName })}</Paragraph> : null}
          {offering.contactEmail ? (
            <Paragraph>
              <Link href={`mailto:${offering.contactEmail}`}>{t('email', { email: offering.contactEmail })}</Link>
            </Paragraph>
          ) : null}
          {offering.url ? (
            <Paragraph>
              <Link href={offering.url} rel="noopener">
                {t('website')}
              </Link>
            </Paragraph>
          ) : null}
        </aside>
      </div>

      <section aria-labelledby="related">
        <Heading level={2} id="related">
          {t('related')}
        </Heading>
        {found.related.length > 0 ? (
          <>
            <Paragraph>{t('relatedIntro')}</Paragraph>
            <ul className="utrecht-unordered-list">
              {found.related.map((item) => (
                <li key={item.slug} className="utrecht-unordered-list__item">
                  <InternalLink href={offeringPagePath(item.slug)}>{item.title}</InternalLink>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>{t('noRelated')}</Paragraph>
        )}
      </section>
      <Paragraph>
        <InternalLink href="/aanbod">{t('backToList')}</InternalLink>
      </Paragraph>
    </article>
  );
}

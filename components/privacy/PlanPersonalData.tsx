import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import type { Locale } from '@/lib/i18n/routing';
import type { NetworkPlanExport } from '@/lib/privacy/export-network-plan';
import { formatDay, PersonalDataSection } from './PersonalDataSection';

/** What is stored with a plan (its contact, support requests, proposals), and the way to delete it. */
export async function PlanPersonalData({ data, token, locale }: { data: NetworkPlanExport; token: string; locale: Locale }) {
  const t = await getTranslations('privacy');
  const list = (items: string[]) => (items.length > 0 ? items.join('\n') : t('data.none'));
  return (
    <PersonalDataSection
      intro={t('data.planIntro')}
      locale={locale}
      records={data}
      downloadHref={`/api/netwerkplannen/${token}`}
      lines={[
        { label: t('data.fields.name'), value: data.contact.name ?? t('data.none') },
        { label: t('data.fields.email'), value: data.contact.email ?? t('data.none') },
        { label: t('data.fields.startedAt'), value: formatDay(data.plan.createdAt, locale) },
        {
          label: t('data.fields.supportRequests'),
          value: list(data.supportRequests.map((request) => t('data.supportRequest', { name: request.name, email: request.email, date: formatDay(request.createdAt, locale) }))),
        },
        {
          label: t('data.fields.proposals'),
          value: list(data.catalogueProposals.map((proposal) => t('data.proposal', { title: proposal.offering, date: formatDay(proposal.createdAt, locale) }))),
        },
      ]}
    >
      <Heading level={3}>{t('delete.title')}</Heading>
      <Paragraph>{t('delete.planText')}</Paragraph>
      <p className="utrecht-paragraph">
        <ButtonLink href={`/leernetwerk-opzetten/plan/${token}/verwijderen`} purpose="secondary">
          {t('delete.planLink')}
        </ButtonLink>
      </p>
    </PersonalDataSection>
  );
}

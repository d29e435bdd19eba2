import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { retentionPeriods, retentionStatement } from '@/lib/privacy/retention-periods';

const DATA = ['questions', 'plans', 'contact', 'followers', 'team', 'technical'] as const;
const PURPOSES = ['publicTask', 'connect', 'follow', 'team'] as const;
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw'] as const;

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item) => (
        <li key={item} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

export async function generateMetadata({ params }: PageProps<'/[locale]/privacy'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pages.privacy.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function PrivacyStatementPage({ params }: PageProps<'/[locale]/privacy'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('pages.privacy');
  // The periods the retention job applies (RETENTION_MONTHS and the fixed ones), from the same module.
  const retention = retentionStatement(retentionPeriods());
  return (
    <article className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead">{t('intro')}</Paragraph>

      <Heading level={2}>{t('controller.title')}</Heading>
      <Paragraph>{t('controller.text')}</Paragraph>

      <Heading level={2}>{t('data.title')}</Heading>
      <List items={DATA.map((key) => t(`data.items.${key}`))} />

      <Heading level={2}>{t('purposes.title')}</Heading>
      <List items={PURPOSES.map((key) => t(`purposes.items.${key}`))} />
      <Paragraph>{t('purposes.sharing')}</Paragraph>

      <Heading level={2}>{t('retention.title')}</Heading>
      <List items={retention.map(([key, values]) => t(`retention.items.${key}`, values))} />
      <Paragraph>{t('retention.selfService')}</Paragraph>

      <Heading level={2}>{t('cookies.title')}</Heading>
      <Paragraph>{t('cookies.text')}</Paragraph>

      <Heading level={2}>{t('rights.title')}</Heading>
      <Paragraph>{t('rights.intro')}</Paragraph>
      <List items={RIGHTS.map((key) => t(`rights.items.${key}`))} />
      <Paragraph>{t('rights.complaint')}</Paragraph>

      <Heading level={2}>{t('contact.title')}</Heading>
      <Paragraph>{t.rich('contact.text', { link: (text) => <InternalLink href="/contact">{text}</InternalLink> })}</Paragraph>
    </article>
  );
}

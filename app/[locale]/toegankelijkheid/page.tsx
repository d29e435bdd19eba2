import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

const TESTS = ['automated', 'keyboard', 'components'] as const;
const HANDLING = ['confirmation', 'answer', 'alternative'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/toegankelijkheid'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pages.toegankelijkheid.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function AccessibilityStatementPage({ params }: PageProps<'/[locale]/toegankelijkheid'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('pages.toegankelijkheid');
  return (
    <article className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead">{t('intro')}</Paragraph>

      <Heading level={2}>{t('ambition.title')}</Heading>
      <Paragraph>{t('ambition.text')}</Paragraph>

      <Heading level={2}>{t('status.title')}</Heading>
      <Paragraph>
        {t('status.label')}: <DataBadge>{t('status.value')}</DataBadge>
      </Paragraph>
      <Paragraph>{t('status.text')}</Paragraph>

      <Heading level={2}>{t('testing.title')}</Heading>
      <Paragraph>{t('testing.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {TESTS.map((key) => (
          <li key={key} className="utrecht-unordered-list__item">
            {t(`testing.items.${key}`)}
          </li>
        ))}
      </ul>

      <Heading level={2}>{t('limitations.title')}</Heading>
      <Paragraph>{t('limitations.text')}</Paragraph>

      <Heading level={2}>{t('report.title')}</Heading>
      <Paragraph>{t.rich('report.text', { link: (text) => <InternalLink href="/contact">{text}</InternalLink> })}</Paragraph>
      <Paragraph>{t('report.details')}</Paragraph>

      <Heading level={2}>{t('handling.title')}</Heading>
      <ul className="utrecht-unordered-list">
        {HANDLING.map((key) => (
          <li key={key} className="utrecht-unordered-list__item">
            {t(`handling.items.${key}`)}
          </li>
        ))}
      </ul>

      <Heading level={2}>{t('about.title')}</Heading>
      <Paragraph>{t('about.text')}</Paragraph>
    </article>
  );
}

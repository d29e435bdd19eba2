import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

/** The confirmation after proposing an offering: received, and not public until reviewed. */
export function OfferingReceived({ title }: { title?: string }) {
  const t = useTranslations('catalogue.submit.received');
  return (
    <Alert type="ok" heading={t('title')} headingLevel={2} role="status">
      <Paragraph>{title ? t('text', { title }) : t('textNoTitle')}</Paragraph>
      <Paragraph>
        <InternalLink href="/aanbod">{t('back')}</InternalLink>
      </Paragraph>
    </Alert>
  );
}

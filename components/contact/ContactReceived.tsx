import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Paragraph } from '@/components/ui/Paragraph';
import type { ContactMessageInput } from '@/lib/contact/contact-message-schema';

/** The confirmation after sending: what the team received, and what happens next. */
export function ContactReceived({ message }: { message: ContactMessageInput }) {
  const t = useTranslations('contact.received');
  const rows: [string, string | undefined][] = [
    [t('name'), message.name],
    [t('email'), message.email],
    [t('organisation'), message.organisation || undefined],
    [t('subject'), message.subject],
    [t('message'), message.message],
  ];
  return (
    <Alert type="ok" heading={t('title')} headingLevel={2} role="status">
      <Paragraph>{t('intro', { email: message.email })}</Paragraph>
      <dl className="ww-summary-list">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
      </dl>
      <Paragraph>{t('next')}</Paragraph>
    </Alert>
  );
}

import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { listOutbox } from '@/lib/email/read-outbox';
import { getEnv } from '@/lib/env';

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/outbox'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.outbox' });
  return { title: t('title'), robots: { index: false } };
}

// Every outgoing e-mail; without SMTP this is where mail is read.
export default async function OutboxPage({ params, searchParams }: PageProps<'/[locale]/beheer/outbox'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const [t, format, [emails, total]] = await Promise.all([getTranslations('admin.outbox'), getFormatter(), listOutbox(db(), page, PAGE_SIZE)]);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <Alert type="info" role="none">{getEnv().SMTP_URL ? t('smtpOn') : t('smtpOff')}</Alert>
      {emails.length === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <table className="utrecht-table w-full">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {(['subject', 'to', 'template', 'status', 'attempts', 'created'] as const).map((column) => (
                <th key={column} scope="col" className="utrecht-table__header-cell">{t(`columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {emails.map((email) => (
              <tr key={email.id} className="utrecht-table__row" data-template={email.template}>
                <td className="utrecht-table__cell"><InternalLink href={`/beheer/outbox/${email.id}`}>{email.subject}</InternalLink></td>
                <td className="utrecht-table__cell">{email.to}</td>
                <td className="utrecht-table__cell">{email.template}</td>
                <td className="utrecht-table__cell">{t(`statuses.${email.status}`)}{email.lastError ? ` (${email.lastError.slice(0, 80)})` : ''}</td>
                <td className="utrecht-table__cell">{email.attempts}</td>
                <td className="utrecht-table__cell">{format.dateTime(email.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination currentPage={page} totalPages={Math.max(1, Math.ceil(total / PAGE_SIZE))} href={(target) => `/beheer/outbox?page=${target}`} />
    </>
  );
}

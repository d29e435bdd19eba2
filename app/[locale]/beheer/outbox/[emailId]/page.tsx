import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { readOutboxEmail } from '@/lib/email/read-outbox';
import { retryFailedEmail } from './outbox-actions';

type Props = PageProps<'/[locale]/beheer/outbox/[emailId]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.outbox' });
  return { title: t('title'), robots: { index: false } };
}

/** One outgoing e-mail as the recipient gets it. */
export default async function OutboxEmailPage({ params }: Props) {
  const { locale, emailId } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  if (!/^[0-9a-f-]{36}$/i.test(emailId)) notFound();
  const privateLinks = await getTranslations('admin.outboxPrivateLinks');
  // Links that give access are for the recipient alone: the team sees that one was sent.
  const email = await readOutboxEmail(db(), emailId, privateLinks('linkSent'));
  if (!email) notFound();
  const t = await getTranslations('admin.outbox');
  const format = await getFormatter();
  return (
    <>
      <InternalLink href="/beheer/outbox">{t('back')}</InternalLink>
      <Heading level={1}>{email.subject}</Heading>
      <dl className="mb-6">
        <dt className="font-bold">{t('columns.to')}</dt>
        <dd className="mb-2">{email.to}</dd>
        <dt className="font-bold">{t('columns.status')}</dt>
        <dd className="mb-2">{t(`statuses.${email.status}`)} · {t('columns.attempts')}: {email.attempts}</dd>
        {email.lastError ? (
          <>
            <dt className="font-bold">{t('lastError')}</dt>
            <dd className="mb-2">{email.lastError}</dd>
          </>
        ) : null}
        <dt className="font-bold">{t('columns.created')}</dt>
        <dd className="mb-2">{format.dateTime(email.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
      </dl>
      {email.status === 'failed' ? (
        <form action={retryFailedEmail} className="mb-6">
          <input type="hidden" name="id" value={email.id} />
          <Button type="submit">{t('retry')}</Button>
        </form>
      ) : null}
      <Paragraph className="max-w-3xl text-sm">{privateLinks('note')}</Paragraph>
      <Paragraph className="whitespace-pre-line max-w-3xl" data-testid="email-text">{email.text}</Paragraph>
    </>
  );
}

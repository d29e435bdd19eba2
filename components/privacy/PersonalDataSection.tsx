import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import type { Locale } from '@/lib/i18n/routing';
import type { ItemRecords } from '@/lib/privacy/item-records';

export interface DataLine {
  label: string;
  value: ReactNode;
}

export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** "Je gegevens" on a private page: what is stored, the e-mails sent, what happened, the download, and the actions below. */
export async function PersonalDataSection({
  intro,
  lines,
  records,
  downloadHref,
  locale,
  children,
}: {
  intro: string;
  lines: DataLine[];
  records: ItemRecords;
  downloadHref: string;
  locale: Locale;
  children?: ReactNode;
}) {
  const t = await getTranslations('privacy.data');
  const actionOf = (action: string, status: string | null) => {
    const key = `actions.${action.replace(/\./g, '_')}`;
    const statusName = status && t.has(`statuses.${status}` as never) ? t(`statuses.${status}` as never) : '';
    return t.has(key as never) ? (t as unknown as (key: string, values: Record<string, string>) => string)(key, { status: statusName }) : t('actions.other');
  };
  return (
    <section aria-labelledby="je-gegevens-titel" id="je-gegevens" className="ww-no-print">
      <Heading level={2} id="je-gegevens-titel">
        {t('title')}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <dl className="ww-summary-list">
        {lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd className="whitespace-pre-line">{line.value}</dd>
          </div>
        ))}
      </dl>

      <Heading level={3}>{t('emailsTitle')}</Heading>
      {records.emails.length === 0 ? (
        <Paragraph>{t('noEmails')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {records.emails.map((email, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {t('email', { date: formatDay(email.sentAt ?? email.createdAt, locale), subject: email.subject, to: email.to })}
            </li>
          ))}
        </ul>
      )}

      <Heading level={3}>{t('historyTitle')}</Heading>
      <ul className="utrecht-unordered-list">
        {records.history.map((entry, index) => (
          <li key={index} className="utrecht-unordered-list__item">
            {t('historyEntry', { date: formatDay(entry.at, locale), action: actionOf(entry.action, entry.status) })}
            {entry.text ? <span className="block whitespace-pre-line">{entry.text}</span> : null}
          </li>
        ))}
      </ul>
      {records.internalNoteCount > 0 ? (
        <Paragraph>{t.rich('internalNotes', { count: records.internalNoteCount, link: (text) => <InternalLink href="/contact">{text}</InternalLink> })}</Paragraph>
      ) : null}

      <p className="utrecht-paragraph">
        <Link href={downloadHref} download>
          {t('download')}
        </Link>
      </p>
      <Paragraph>{t.rich('retention', { link: (text) => <InternalLink href="/privacy">{text}</InternalLink> })}</Paragraph>
      {children}
    </section>
  );
}

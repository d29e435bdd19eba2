import type { Metadata } from 'next';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { InboxFilterForm } from '@/components/admin/InboxFilterForm';
import { InboxTable } from '@/components/admin/InboxTable';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { Link } from '@/components/ui/Link';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { hasFilterParams, inboxQueryString, parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { listInboxItems } from '@/lib/inbox/list-inbox-items';
import { readRememberedFilters, rememberFilters } from '@/lib/inbox/remember-inbox-filters';
import { listActiveTeamMembers } from '@/lib/team/list-team-members';
import { updateSelectedItems } from './inbox-actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.inbox' });
  return { title: t('title'), robots: { index: false } };
}

export default async function InboxPage({ params, searchParams }: PageProps<'/[locale]/beheer'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const member = await requireTeamMember();
  const prisma = db();
  const query = await searchParams;
  if (!hasFilterParams(query) && !query.reset && !query.bulk) {
    // No filters in the address: continue where this coordinator left off.
    const remembered = inboxQueryString(await readRememberedFilters(prisma, member.id));
    if (remembered) redirect({ href: `/beheer?${remembered}`, locale: asLocale(await getLocale()) });
  }
  const filters = parseInboxFilters(query);
  await rememberFilters(prisma, member.id, filters);

  const [t, { items, total, page, pageCount }, themes, members] = await Promise.all([
    getTranslations('admin'),
    listInboxItems(prisma, filters, member.id),
    prisma.theme.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, nameNl: true, nameEn: true } }),
    listActiveTeamMembers(prisma),
  ]);
  const bulk = typeof query.bulk === 'string' ? query.bulk : undefined;
  const [updated, refused] = bulk && bulk !== 'none' ? bulk.split('-').map(Number) : [0, 0];
  const exportHref = `/api/beheer/inbox/export${inboxQueryString(filters) ? `?${inboxQueryString(filters)}` : ''}`;

  return (
    <>
      <Heading level={1}>{t('inbox.title')}</Heading>
      <Paragraph className="max-w-3xl">{t('inbox.intro')}</Paragraph>
      {bulk === 'none' ? <Alert type="warning">{t('inbox.bulk.nothingSelected')}</Alert> : null}
      {bulk && bulk !== 'none' ? (
        <Alert type={refused ? 'warning' : 'ok'}>
          {t('inbox.bulk.done', { updated: updated ?? 0 })} {refused ? t('inbox.bulk.refused', { refused }) : null}
        </Alert>
      ) : null}
      <InboxFilterForm
        filters={filters}
        themes={themes.map((theme) => ({ id: theme.id, label: locale === 'en' ? theme.nameEn : theme.nameNl }))}
        members={members}
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="utrecht-paragraph">
          {t('inbox.count', { total })}
        </p>
        <Link href={exportHref} download>
          {t('inbox.export')}
        </Link>
      </div>
      {items.length === 0 ? (
        <Paragraph>{t('inbox.empty')}</Paragraph>
      ) : (
        <InboxTable items={items} members={members} action={updateSelectedItems} />
      )}
      <Pagination currentPage={page} totalPages={pageCount} href={(target) => `/beheer?${inboxQueryString(filters, { page: target })}`} />
    </>
  );
}

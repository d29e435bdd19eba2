import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { listKnowledgeProductsForUpkeep } from '@/lib/knowledge/maintain-knowledge-products';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/kennisbank'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerKennisbank' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ManageKnowledgePage({ params, searchParams }: PageProps<'/[locale]/beheer/kennisbank'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  const raw = (await searchParams).page;
  const page = typeof raw === 'string' && /^\d{1,4}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  const [t, kinds, format] = await Promise.all([getTranslations('BeheerKennisbank'), getTranslations('KnowledgeBase.kinds'), getFormatter()]);
  const { products, total } = await listKnowledgeProductsForUpkeep(db(), page);
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <table className="utrecht-table w-full">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('columns.title')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.kind')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.updated')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {products.map((product) => (
            <tr key={product.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <InternalLink href={`/beheer/kennisbank/${product.id}`}>{product.title}</InternalLink>
              </td>
              <td className="utrecht-table__cell">{kinds(product.kind as never)}</td>
              <td className="utrecht-table__cell">{t(`statuses.${product.status}`)}</td>
              <td className="utrecht-table__cell">{format.dateTime(product.updatedAt, { dateStyle: 'medium' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination currentPage={page} totalPages={Math.max(1, Math.ceil(total / 50))} href={(next) => `/beheer/kennisbank?page=${next}`} />
    </>
  );
}

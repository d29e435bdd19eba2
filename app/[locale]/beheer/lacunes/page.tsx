import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { Link } from '@/components/ui/Link';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { loadThemes } from '@/lib/themes/load-themes';
import { gapLevel, measureGaps, measureGapTrend } from '@/lib/gaps/measure-gaps';
import { OrganisingGaps } from '@/components/knowledge/OrganisingGaps';
import { measureOrganisingGaps } from '@/lib/gaps/measure-organising-gaps';
import { QUESTION_SCALES } from '@/lib/reference/vocabularies';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/lacunes'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.gaps' });
  return { title: t('title'), robots: { index: false } };
}

// Demand against supply per theme and scale (heat map) and by month: where to facilitate new offer.
export default async function GapsPage({ params }: PageProps<'/[locale]/beheer/lacunes'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireTeamMember();
  const prisma = db();
  const [t, tv, themes, trend, organising] = await Promise.all([getTranslations('admin.gaps'), getTranslations('vocab'), measureGaps(prisma), measureGapTrend(prisma), measureOrganisingGaps(prisma)]);
  const vocabulary = await loadThemes(prisma);
  const max = Math.max(1, ...trend.map((month) => Math.max(month.questions, month.newOfferings)));
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <Paragraph>
        <Link href="/api/beheer/lacunes/export" download>{t('export')}</Link>
      </Paragraph>
      <div className="mb-4 flex flex-wrap gap-3" aria-label={t('legend')} role="group">
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={`ww-gap-cell ww-gap-cell--${level} px-2 py-1`}>{t(`levels.${level}` as never)}</span>
        ))}
      </div>
      <div className="overflow-x-auto">
        <table className="utrecht-table ww-gap-table w-full">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('theme')}</th>
              {QUESTION_SCALES.map((scale) => (
                <th key={scale} scope="col" className="utrecht-table__header-cell">{tv(`scales.${scale}` as never)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {themes.map((theme) => (
              <tr key={theme.id} className="utrecht-table__row" data-theme={theme.id}>
                <th scope="row" className="utrecht-table__header-cell">
                  {locale === 'en' ? theme.nameEn : theme.nameNl}
                  {theme.isGapTheme ? <> <DataBadge>{t('gapTheme')}</DataBadge></> : null}
                </th>
                {theme.cells.map((cell) => (
                  <td key={cell.scale} className={`utrecht-table__cell ww-gap-cell ww-gap-cell--${gapLevel(cell.questions, cell.openOfferings)}`} data-scale={cell.scale}>
                    <div>{t('cell', { questions: cell.questions, offerings: cell.openOfferings })}</div>
                    {cell.questions > 0 ? (
                      <div className="text-sm">
                        {t('cellVerdicts', { join: cell.verdicts['join-existing'], parallel: cell.verdicts['parallel-network'], new: cell.verdicts['new-network'] })}
                      </div>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Heading level={2} className="mt-8">{t('trend')}</Heading>
      <Paragraph>{t('trendIntro')}</Paragraph>
      <table className="utrecht-table ww-gap-trend w-full max-w-3xl">
        <caption className="sr-only">{t('trend')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('month')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('questions')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('newOfferings')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {trend.map((month) => (
            <tr key={month.month} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{month.month}</th>
              <td className="utrecht-table__cell">
                <span className="ww-bar ww-bar--demand" style={{ width: `${(month.questions / max) * 8}rem` }} aria-hidden="true" /> {month.questions}
              </td>
              <td className="utrecht-table__cell">
                <span className="ww-bar ww-bar--supply" style={{ width: `${(month.newOfferings / max) * 8}rem` }} aria-hidden="true" /> {month.newOfferings}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrganisingGaps rows={organising} themes={vocabulary} />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ThemeForm } from '@/components/themes/ThemeForm';
import { Alert } from '@/components/ui/Alert';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { db } from '@/lib/db/client';
import { asLocale } from '@/lib/i18n/translate';
import { loadThemes } from '@/lib/themes/load-themes';
import { addAgendaTheme } from './theme-actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/leeragenda'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'BeheerLeeragenda' });
  return { title: t('title'), robots: { index: false } };
}

// The learning agenda as the team keeps it: every theme (retired ones marked), and a form to add one.
export default async function AgendaUpkeepPage({ params, searchParams }: PageProps<'/[locale]/beheer/leeragenda'>) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requireTeamMember();
  const [t, themes] = await Promise.all([getTranslations('BeheerLeeragenda'), loadThemes(db())]);
  const result = (await searchParams).result;
  const invalidField = typeof result === 'string' && result.startsWith('invalid-') ? result.slice(8) : null;
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <table className="utrecht-table w-full">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('columns.theme')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {themes.all.map((theme) => (
            <tr key={theme.id} className="utrecht-table__row" data-theme={theme.id}>
              <td className="utrecht-table__cell">
                <InternalLink href={`/beheer/leeragenda/${theme.id}`}>{themes.name(theme.id, locale)}</InternalLink>
              </td>
              <td className="utrecht-table__cell">
                <span className="ww-badges">
                  {theme.isGapTheme ? <DataBadge>{t('gap')}</DataBadge> : null}
                  {theme.retiredAt ? <DataBadge>{t('retired')}</DataBadge> : <span>{t('offered')}</span>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading level={2} id="add-theme" className="mt-8">{t('addTitle')}</Heading>
      {result === 'taken' ? <Alert type="error">{t('taken')}</Alert> : null}
      {invalidField ? <Alert type="error">{t('invalid', { field: t.has(`fields.${invalidField}` as never) ? t(`fields.${invalidField}` as never) : invalidField })}</Alert> : null}
      <ThemeForm action={addAgendaTheme} themes={themes} locale={locale} invalidField={invalidField} />
    </>
  );
}

import { useLocale, useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { OrganisingGapRow } from '@/lib/gaps/measure-organising-gaps';
import type { Locale } from '@/lib/i18n/routing';

/** /beheer/lacunes: per theme, offerings that cross domains, learn vertically, connect networks (advice §1.3). */
export function OrganisingGaps({ rows, themes }: { rows: OrganisingGapRow[]; themes: ThemeVocabulary }) {
  const t = useTranslations('Connections.gaps');
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="organising-gaps" className="mt-8">
      <Heading level={2} id="organising-gaps">
        {t('title')}
      </Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      <div className="overflow-x-auto">
        <table className="utrecht-table w-full">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('theme')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('offerings')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('crossDomain')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('vertical')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('connected')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((row) => (
              <tr key={row.themeId} className="utrecht-table__row" data-theme={row.themeId}>
                <th scope="row" className="utrecht-table__header-cell">{themes.name(row.themeId, locale)}</th>
                <td className="utrecht-table__cell">{row.offerings}</td>
                <td className="utrecht-table__cell">{row.crossDomain}</td>
                <td className="utrecht-table__cell">{row.vertical}</td>
                <td className="utrecht-table__cell">{row.connected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

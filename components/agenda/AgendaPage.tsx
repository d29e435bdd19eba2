import { getTranslations } from 'next-intl/server';
import { CatalogueFilterForm } from '@/components/catalogue/CatalogueFilterForm';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import type { MeetingQuery } from '@/lib/agenda/meeting-query';
import type { MeetingSearchResult } from '@/lib/agenda/search-meetings';
import { localisedPath, type Locale } from '@/lib/i18n/routing';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { AgendaFilters } from './AgendaFilters';
import { AgendaResults } from './AgendaResults';

/** /agenda and /agenda/archief: the catalogue's GET filter form (URL state, works without JavaScript) around the agenda. */
export async function AgendaPage({ locale, path, query, result, ignored, upcoming, themes }: { locale: Locale; path: '/agenda' | '/agenda/archief'; query: MeetingQuery; result: MeetingSearchResult; ignored: string[]; upcoming: boolean; themes: ThemeVocabulary }) {
  const t = await getTranslations('Agenda');
  return (
    <>
      <Heading level={1}>{upcoming ? t('title') : t('archiveTitle')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {upcoming ? t('lead') : t('archiveLead')}
      </Paragraph>
      <CatalogueFilterForm action={localisedPath(path, locale)} label={t('filterLabel')} updatingText={t('updating')}>
        <div className="ww-catalogue">
          <AgendaFilters query={query} facets={result.facets} clearHref={path} themes={themes} />
          <AgendaResults query={query} result={result} ignored={ignored} path={path} upcoming={upcoming} themes={themes} />
        </div>
      </CatalogueFilterForm>
    </>
  );
}

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import type { CatalogueView } from '@/lib/catalogue/browse-catalogue';
import { offeringQueryToParams, type OfferingQuery } from '@/lib/catalogue/offering-query';
import { OfferingCard } from './OfferingCard';

const href = (query: Partial<OfferingQuery>) => {
  const params = offeringQueryToParams(query).toString();
  return params ? `/aanbod?${params}` : '/aanbod';
};

/** The search box, the result count, the results and, when there are none, where to go next. */
export function CatalogueResults({ view }: { view: CatalogueView }) {
  const t = useTranslations('catalogue.list');
  const validation = useTranslations('validation.fields');
  const { query, result } = view;
  const totalPages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const corrected = Object.values(result.corrections).flat();
  const filterParams = offeringQueryToParams({ ...query, page: 1, pageSize: undefined, sort: undefined }).toString();
  return (
    <div>
      <div className="ww-search-box">
        <label htmlFor="catalogue-q" className="utrecht-form-label">
          {t('searchLabel')}
        </label>
        <p id="catalogue-q-description" className="utrecht-form-field-description">
          {t('searchHint')}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="catalogue-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ''}
            maxLength={200}
            aria-describedby="catalogue-q-description"
            className="utrecht-textbox utrecht-textbox--html-input max-w-md"
          />
          <Button type="submit" purpose="primary">
            {t('searchButton')}
          </Button>
        </div>
      </div>

      {view.ignored.length > 0 ? (
        <Alert type="warning">{t('ignoredParams', { fields: view.ignored.map((field) => (validation.has(field) ? validation(field) : field)).join(', ') })}</Alert>
      ) : null}

      <section aria-labelledby="results-title">
        {/* The live region holds the heading (a live region inside a heading is invalid HTML). */}
        <div role="status">
          <Heading level={2} id="results-title" appearance="level-3">
            {query.q ? t('resultCountFor', { count: result.total, q: query.q }) : t('resultCount', { count: result.total })}
          </Heading>
        </div>
        {corrected.length > 0 ? <Paragraph>{t('correctedNote', { words: corrected.join(', ') })}</Paragraph> : null}

        {result.items.length > 0 ? (
          <ol className="ww-offering-list" start={(query.page - 1) * query.pageSize + 1}>
            {result.items.map((offering) => (
              <li key={offering.slug}>
                <OfferingCard offering={offering} />
              </li>
            ))}
          </ol>
        ) : result.total === 0 ? (
          <NoResults view={view} />
        ) : null}

        <Pagination currentPage={query.page} totalPages={totalPages} href={(page) => href({ ...query, page })} />
        {result.total > 0 ? (
          <Paragraph>
            <a className="nl-link" href={`/api/offerings.csv${filterParams ? `?${filterParams}` : ''}`} download>
              {t('exportCsv')}
            </a>
          </Paragraph>
        ) : null}
        <Paragraph>
          <InternalLink href={`/aanbod/volgen${filterParams ? `?${filterParams}` : ''}`}>{t('followSearch')}</InternalLink>
        </Paragraph>
        <Paragraph>
          <InternalLink href="/aanbod/aanmelden">{t('contribute')}</InternalLink>
        </Paragraph>
      </section>
    </div>
  );
}

function NoResults({ view }: { view: CatalogueView }) {
  const t = useTranslations('catalogue.list');
  const n = useTranslations('catalogue.list.noResults');
  const hasChoices = view.loosenings.length > 0;
  return (
    <div className="ww-card">
      <Heading level={3}>{n('title')}</Heading>
      <Paragraph>{n('text')}</Paragraph>
      {hasChoices ? (
        <>
          <Paragraph>{n('loosen')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {view.loosenings.map((loosening) => (
              <li key={loosening.drop} className="utrecht-unordered-list__item">
                <InternalLink href={href(loosening.query)}>
                  {loosening.drop === 'q'
                    ? n('withoutQuery', { count: loosening.total })
                    : n('withoutFilter', { filter: t(`filters.${loosening.drop}`), count: loosening.total })}
                </InternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{n('nothingHelps')}</Paragraph>
      )}
      <Heading level={4}>{n('next')}</Heading>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <InternalLink href="/leervraag">{n('askQuestion')}</InternalLink> — {n('askQuestionText')}
        </li>
        <li className="utrecht-unordered-list__item">
          <InternalLink href="/leernetwerk-opzetten">{n('setUpNetwork')}</InternalLink> — {n('setUpNetworkText')}
        </li>
      </ul>
    </div>
  );
}

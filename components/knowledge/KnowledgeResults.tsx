import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/Button';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Pagination } from '@/components/ui/Pagination';
import { Paragraph } from '@/components/ui/Paragraph';
import { knowledgeQueryToParams, type KnowledgeQuery } from '@/lib/knowledge/knowledge-query';
import type { KnowledgeSearchResult } from '@/lib/knowledge/search-knowledge-products';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { KnowledgeCard } from './KnowledgeCard';

const href = (query: Partial<KnowledgeQuery>) => {
  const params = knowledgeQueryToParams(query).toString();
  return params ? `/kennisbank?${params}` : '/kennisbank';
};

/** The search box, the count, the results with paging, and the way to propose a product. */
export function KnowledgeResults({ query, result, themes }: { query: KnowledgeQuery; result: KnowledgeSearchResult; themes: ThemeVocabulary }) {
  const t = useTranslations('KnowledgeBase');
  const totalPages = Math.max(1, Math.ceil(result.total / query.pageSize));
  const corrected = Object.values(result.corrections).flat();
  return (
    <div>
      <div className="ww-search-box">
        <label htmlFor="knowledge-q" className="utrecht-form-label">
          {t('searchLabel')}
        </label>
        <p id="knowledge-q-description" className="utrecht-form-field-description">
          {t('searchHint')}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="knowledge-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ''}
            maxLength={200}
            aria-describedby="knowledge-q-description"
            className="utrecht-textbox utrecht-textbox--html-input max-w-md"
          />
          <Button type="submit" purpose="primary">
            {t('searchButton')}
          </Button>
        </div>
      </div>
      <section aria-labelledby="results-title">
        <div role="status">
          <Heading level={2} id="results-title" appearance="level-3">
            {t('results', { count: result.total })}
          </Heading>
        </div>
        {corrected.length > 0 ? <Paragraph>{t('corrected', { words: corrected.join(', ') })}</Paragraph> : null}
        {result.items.length > 0 ? (
          <ol className="ww-offering-list" start={(query.page - 1) * query.pageSize + 1}>
            {result.items.map((product) => (
              <li key={product.slug}>
                <KnowledgeCard product={product} themes={themes} />
              </li>
            ))}
          </ol>
        ) : result.total === 0 ? (
          <Paragraph>{t('noResults')}</Paragraph>
        ) : null}
        <Pagination currentPage={query.page} totalPages={totalPages} href={(page) => href({ ...query, page })} />
        <div className="ww-card mt-6">
          <Paragraph>{t('proposeText')}</Paragraph>
          <Paragraph>
            <InternalLink href="/kennisbank/voorstellen">{t('propose')}</InternalLink>
          </Paragraph>
        </div>
      </section>
    </div>
  );
}

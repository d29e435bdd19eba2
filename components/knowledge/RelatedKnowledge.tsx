import { useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { KnowledgeProductSummary } from '@/lib/knowledge/search-knowledge-products';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import { KnowledgeCard } from './KnowledgeCard';

/**
 * Knowledge products beside something else (an offering, a theme, a learning form, a learning
 * question's result), with a link to the knowledge base filtered the same way. Nothing when empty.
 */
export function RelatedKnowledge({
  products,
  themes,
  heading,
  id,
  intro,
  moreHref,
  headingLevel = 2,
}: {
  products: KnowledgeProductSummary[];
  themes: ThemeVocabulary;
  heading: string;
  id: string;
  intro?: string;
  moreHref: string;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('KnowledgeBase.related');
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <Heading level={headingLevel} id={id}>
        {heading}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      <ul className="ww-offering-list">
        {products.map((product) => (
          <li key={product.slug}>
            <KnowledgeCard product={product} themes={themes} headingLevel={headingLevel === 2 ? 3 : 4} />
          </li>
        ))}
      </ul>
      <Paragraph>
        <InternalLink href={moreHref}>{t('more')}</InternalLink>
      </Paragraph>
    </section>
  );
}

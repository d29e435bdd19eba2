import { useLocale, useTranslations } from 'next-intl';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';
import type { ThemeVocabulary } from '@/lib/themes/theme-vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import type { KnowledgeProductSummary } from '@/lib/knowledge/search-knowledge-products';

/** One knowledge product in a list. */
export function KnowledgeCard({ product, themes, headingLevel = 3 }: { product: KnowledgeProductSummary; themes: ThemeVocabulary; headingLevel?: 2 | 3 | 4 }) {
  const t = useTranslations('KnowledgeBase');
  const locale = useLocale() as Locale;
  return (
    <article className="ww-offering-card">
      <Heading level={headingLevel} appearance="level-4">
        <InternalLink href={`/kennisbank/${product.slug}`}>{product.title}</InternalLink>
      </Heading>
      <Paragraph>{product.summary}</Paragraph>
      <ul className="ww-badges">
        <li>
          <DataBadge value={product.kind}>{t(`kinds.${product.kind}`)}</DataBadge>
        </li>
        {product.themes.slice(0, 2).map((theme) => (
          <li key={theme}>
            <DataBadge value={theme}>{themes.name(theme, locale)}</DataBadge>
          </li>
        ))}
        {product.organisation ? (
          <li>
            <DataBadge value="organisation">{product.organisation}</DataBadge>
          </li>
        ) : null}
        {product.hasFile ? (
          <li>
            <DataBadge value="pdf">{t('withFile')}</DataBadge>
          </li>
        ) : null}
      </ul>
    </article>
  );
}

import { useTranslations } from 'next-intl';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import type { KnowledgeLink } from '@/lib/knowledge/knowledge-by';

/** A few knowledge products under a theme or learning form, with the filtered knowledge base behind them. */
export function KnowledgeLinks({ links, heading, moreHref }: { links: KnowledgeLink[] | undefined; heading: string; moreHref: string }) {
  const t = useTranslations('KnowledgeBase.related');
  if (!links || links.length === 0) return null;
  return (
    <div className="ww-knowledge-links">
      <Heading level={4}>{heading}</Heading>
      <ul className="utrecht-unordered-list">
        {links.map((link) => (
          <li key={link.slug} className="utrecht-unordered-list__item">
            <InternalLink href={`/kennisbank/${link.slug}`}>{link.title}</InternalLink>
          </li>
        ))}
      </ul>
      <p>
        <InternalLink href={moreHref}>{t('more')}</InternalLink>
      </p>
    </div>
  );
}

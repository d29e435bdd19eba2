import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { InternalLink } from './InternalLink';

export type Breadcrumb = { href: string; label: ReactNode };

/** The path to the current page; the last item is the current page and is not a link. */
export function Breadcrumbs({ items }: { items: readonly Breadcrumb[] }) {
  const t = useTranslations('common.breadcrumbs');
  return (
    <nav aria-label={t('label')} className="utrecht-breadcrumb-nav">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {items.map((item, index) => (
          <li key={item.href} className="utrecht-breadcrumb-nav__item">
            {index === items.length - 1 ? (
              <span aria-current="page" className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current">
                {item.label}
              </span>
            ) : (
              <InternalLink href={item.href} className={index === 0 ? 'utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--first' : 'utrecht-breadcrumb-nav__link'}>
                {item.label}
              </InternalLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

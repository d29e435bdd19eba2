import { useTranslations } from 'next-intl';
import { LocalisedLink as LocaleLink } from './InternalLink';
import { classNames } from './class-names';
import { VisuallyHidden } from './VisuallyHidden';

export type PaginationProps = {
  currentPage: number;
  totalPages: number;
  /** The address of a page, e.g. (page) => `/aanbod?pagina=${page}`. */
  href: (page: number) => string;
};

/** Page numbers around the current page, plus the first and the last; null marks a gap. */
export function visiblePages(current: number, total: number): Array<number | null> {
  const pages = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const result: Array<number | null> = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous > 1) result.push(null);
    result.push(page);
    previous = page;
  }
  return result;
}

/** Links to the pages of a list; the current page has aria-current="page". */
export function Pagination({ currentPage, totalPages, href }: PaginationProps) {
  const t = useTranslations('common.pagination');
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={t('label')} className="utrecht-pagination utrecht-pagination--distanced">
      <ul className="ww-pagination__list">
        {currentPage > 1 ? (
          <li>
            <LocaleLink href={href(currentPage - 1)} rel="prev" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev">
              {t('previous')}
            </LocaleLink>
          </li>
        ) : null}
        {visiblePages(currentPage, totalPages).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="ww-pagination__gap">
              …
            </li>
          ) : (
            <li key={page}>
              <LocaleLink
                href={href(page)}
                aria-current={page === currentPage ? 'page' : undefined}
                className={classNames('utrecht-pagination__page-link', page === currentPage && 'utrecht-pagination__page-link--current')}
              >
                <VisuallyHidden>{t('page')} </VisuallyHidden>
                {page}
              </LocaleLink>
            </li>
          ),
        )}
        {currentPage < totalPages ? (
          <li>
            <LocaleLink href={href(currentPage + 1)} rel="next" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next">
              {t('next')}
            </LocaleLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { localisedPage } from '@/lib/i18n/localised-path';

/** `page` is the path without the language prefix, `href` the link in the current language. */
export type NavItem = { page: string; href: string; label: string };

/** The main menu. The item of the current section gets aria-current ("page" on its own page). */
export function MainNav({ label, items }: { label: string; items: readonly NavItem[] }) {
  const { page } = localisedPage(usePathname());
  return (
    <nav aria-label={label} className="ww-main-nav ww-inverse">
      <ul className="ww-container flex flex-wrap gap-x-1">
        {items.map((item) => {
          const inSection = page.startsWith(`${item.page}/`);
          const current = page === item.page ? 'page' : inSection ? 'true' : undefined;
          return (
            <li key={item.page}>
              <NextLink href={item.href} prefetch={false} aria-current={current} className="nl-link ww-main-nav__link">
                {item.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

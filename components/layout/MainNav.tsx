'use client';

import { InternalLink } from '@/components/ui/InternalLink';
import { usePathname } from '@/lib/i18n/navigation';

export type NavItem = { href: string; label: string };

/** The main menu. The item of the current section gets aria-current ("page" on its own page). */
export function MainNav({ label, items }: { label: string; items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="ww-main-nav ww-inverse">
      <ul className="ww-container flex flex-wrap gap-x-1">
        {items.map((item) => {
          const inSection = pathname.startsWith(`${item.href}/`);
          const current = pathname === item.href ? 'page' : inSection ? 'true' : undefined;
          return (
            <li key={item.href}>
              <InternalLink href={item.href} aria-current={current} className="ww-main-nav__link">
                {item.label}
              </InternalLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

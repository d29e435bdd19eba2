import { useTranslations } from 'next-intl';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

const FOOTER_LINKS = [
  { key: 'about', href: '/over' },
  { key: 'accessibility', href: '/toegankelijkheid' },
  { key: 'privacy', href: '/privacy' },
  { key: 'contact', href: '/contact' },
] as const;

export function SiteFooter() {
  const t = useTranslations('common');
  const about = useTranslations('About');
  return (
    <footer className="ww-footer ww-inverse">
      <div className="ww-container grid gap-6 py-8 md:grid-cols-[2fr_1fr]">
        <div>
          <p className="ww-footer__site-name">{t('siteName')}</p>
          <Paragraph>{t('footer.about')}</Paragraph>
        </div>
        <nav aria-label={t('footer.label')}>
          <ul className="flex flex-col gap-2">
            {FOOTER_LINKS.map((link) => (
              <li key={link.href}>
                <InternalLink href={link.href}>{link.key === 'about' ? about('footerLink') : t(`footer.${link.key}`)}</InternalLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

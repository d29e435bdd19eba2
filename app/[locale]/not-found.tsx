import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

const LINKS = [
  { key: 'home', href: '/' },
  { key: 'offerings', href: '/aanbod' },
  { key: 'contact', href: '/contact' },
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pages.notFound.meta');
  return { title: t('title') };
}

// Rendered inside the [locale] layout, for unknown paths and for notFound() in any page.
export default async function NotFound() {
  const t = await getTranslations('pages.notFound');
  return (
    <div className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead">{t('text')}</Paragraph>
      <Paragraph>{t('onward')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {LINKS.map((link) => (
          <li key={link.href} className="utrecht-unordered-list__item">
            <InternalLink href={link.href}>{t(`links.${link.key}`)}</InternalLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

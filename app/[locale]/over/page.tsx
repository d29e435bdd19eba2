import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { DataBadge } from '@/components/ui/DataBadge';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

const GOALS = ['share', 'across', 'practice', 'environment'] as const;
/** The four functions of the advice (seed 000); the portal offers the first two. */
const FUNCTIONS = [
  { key: 'matchmaking', offered: true, href: '/leervraag', link: 'matchmakingLink' },
  { key: 'setup', offered: true, href: '/leernetwerk-opzetten', link: 'setupLink' },
  { key: 'develop', offered: false },
  { key: 'connect', offered: false },
] as const;
const PRINCIPLES = ['forEveryone', 'landscape', 'wijkwijzer', 'demand', 'tailored', 'existing', 'solutions'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/over'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'About.meta' });
  return { title: t('title'), description: t('description') };
}

// About the learning network: the same for everyone, prerendered (lib/static-pages.ts).
export default async function AboutPage({ params }: PageProps<'/[locale]/over'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('About');
  return (
    <article className="max-w-3xl">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead">{t('lead')}</Paragraph>

      <section aria-labelledby="about-what">
        <Heading level={2} id="about-what">{t('what.title')}</Heading>
        <Paragraph>{t('what.landscape')}</Paragraph>
        <Paragraph>{t('what.audience')}</Paragraph>
      </section>

      <section aria-labelledby="about-goals">
        <Heading level={2} id="about-goals">{t('goals.title')}</Heading>
        <ol className="utrecht-ordered-list">
          {GOALS.map((key) => (
            <li key={key} className="utrecht-ordered-list__item">{t(`goals.items.${key}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-functions">
        <Heading level={2} id="about-functions">{t('functions.title')}</Heading>
        <Paragraph>{t('functions.intro')}</Paragraph>
        <ol className="utrecht-ordered-list">
          {FUNCTIONS.map((item) => (
            <li key={item.key} className="utrecht-ordered-list__item" data-function={item.key}>
              <strong>{t(`functions.items.${item.key}.title`)}</strong>{' '}
              <DataBadge>{item.offered ? t('functions.offered') : t('functions.notYet')}</DataBadge>
              <Paragraph>{t(`functions.items.${item.key}.text`)}</Paragraph>
              {'href' in item ? (
                <Paragraph>
                  <InternalLink href={item.href}>{t(`functions.${item.link}`)}</InternalLink>
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-principles">
        <Heading level={2} id="about-principles">{t('principles.title')}</Heading>
        <ol className="utrecht-ordered-list">
          {PRINCIPLES.map((key) => (
            <li key={key} className="utrecht-ordered-list__item">{t(`principles.items.${key}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-team">
        <Heading level={2} id="about-team">{t('team.title')}</Heading>
        <Paragraph>{t('team.text')}</Paragraph>
        <Paragraph>{t('team.contact')}</Paragraph>
        <p className="flex flex-wrap items-center gap-4">
          <ButtonLink href="/contact" purpose="secondary">{t('team.contactLink')}</ButtonLink>
          <InternalLink href="/leeragenda">{t('team.agendaLink')}</InternalLink>
        </p>
      </section>
    </article>
  );
}

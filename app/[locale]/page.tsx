import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MatchRule } from '@/components/learning-question/MatchRule';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { InternalLink } from '@/components/ui/InternalLink';
import { Paragraph } from '@/components/ui/Paragraph';

const PATHS = [
  { key: 'find', href: '/aanbod' },
  { key: 'ask', href: '/leervraag' },
  { key: 'setUp', href: '/leernetwerk-opzetten' },
] as const;
const PHASES = ['preparation', 'execution', 'securing'] as const;

// `/nl` and `/en` only: any other single segment (a path with a dot such as `/favicon.ico`) is the
// prerendered 404 at once, never rendered on demand as a language of its own.
export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('meta.title') } };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const about = await getTranslations('About');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>

      <section aria-labelledby="routes">
        <Heading level={2} id="routes">
          {t('paths.title')}
        </Heading>
        <ul className="grid gap-6 md:grid-cols-3">
          {PATHS.map((path, index) => (
            <li key={path.key} className="ww-card">
              <Heading level={3}>{t(`paths.${path.key}.title`)}</Heading>
              <Paragraph className="flex-1">{t(`paths.${path.key}.text`)}</Paragraph>
              <ButtonLink href={path.href} purpose={index === 0 ? 'primary' : 'secondary'} className="self-start">
                {t(`paths.${path.key}.cta`)}
              </ButtonLink>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-x-12 lg:grid-cols-2">
        <MatchRule id="matching" />

        <section aria-labelledby="set-up">
          <Heading level={2} id="set-up">
            {t('setUp.title')}
          </Heading>
          <Paragraph>{t('setUp.intro')}</Paragraph>
          <ol className="utrecht-ordered-list">
            {PHASES.map((key) => (
              <li key={key} className="utrecht-ordered-list__item">
                {t(`setUp.phases.${key}`)}
              </li>
            ))}
          </ol>
          <Paragraph>{t('setUp.menu')}</Paragraph>
          <Paragraph>
            <InternalLink href="/leervormen">{t('setUp.menuLink')}</InternalLink>
          </Paragraph>
        </section>
      </div>

      <section aria-labelledby="team" className="max-w-3xl">
        <Heading level={2} id="team">
          {t('team.title')}
        </Heading>
        <Paragraph>{t('team.text')}</Paragraph>
        <p className="flex flex-wrap items-center gap-4">
          <ButtonLink href="/contact" purpose="secondary">
            {t('team.cta')}
          </ButtonLink>
          <InternalLink href="/over">{about('homeLink')}</InternalLink>
        </p>
      </section>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InstrumentCheckForm } from '@/components/instrument-check/InstrumentCheckForm';
import { ButtonLink } from '@/components/ui/ButtonLink';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';

export async function generateMetadata({ params }: PageProps<'/[locale]/leernetwerk-opzetten'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'wizard.meta' });
  return { title: t('title'), description: t('description') };
}

export default async function SetUpNetworkPage({ params }: PageProps<'/[locale]/leernetwerk-opzetten'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('wizard.intro');
  const check = await getTranslations('InstrumentCheck');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <section aria-labelledby="instrument-check" className="mb-8">
        <Heading level={2} id="instrument-check">
          {check('teaserTitle')}
        </Heading>
        <Paragraph className="max-w-3xl">{check('teaserText')}</Paragraph>
        <details className="ww-filter max-w-3xl">
          <summary>{check('title')}</summary>
          <InstrumentCheckForm />
        </details>
      </section>
      <ul id="routes" className="grid gap-6 md:grid-cols-2">
        {(['light', 'full'] as const).map((route, index) => (
          <li key={route} className="ww-card">
            <Heading level={2} appearance="level-3">
              {t(`${route}.title`)}
            </Heading>
            <Paragraph className="flex-1">{t(`${route}.text`)}</Paragraph>
            <ButtonLink href={`/leernetwerk-opzetten/nieuw?route=${route}`} purpose={index === 0 ? 'primary' : 'secondary'} className="self-start">
              {t(`${route}.cta`)}
            </ButtonLink>
          </li>
        ))}
      </ul>
      <Paragraph className="max-w-3xl">{t('support')}</Paragraph>
    </>
  );
}

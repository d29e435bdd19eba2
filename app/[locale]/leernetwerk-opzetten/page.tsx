import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
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
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('lead')}
      </Paragraph>
      <ul className="grid gap-6 md:grid-cols-2">
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

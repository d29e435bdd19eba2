import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { InstrumentCheckAnswer } from '@/components/instrument-check/InstrumentCheckAnswer';
import { InstrumentCheckForm } from '@/components/instrument-check/InstrumentCheckForm';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { checkInstrument, instrumentCheckSchema } from '@/lib/instrument-check/instrument-check';

/** The private link of a learning question, carried along so the wizard starts from it. */
const QUESTION_TOKEN = /^[A-Za-z0-9_-]{16,100}$/;

export async function generateMetadata({ params }: PageProps<'/[locale]/leernetwerk-opzetten/instrumentcheck'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'InstrumentCheck.meta' });
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

// The answer of the check: read from the URL (a GET form), rendered on the server; never blocks.
export default async function InstrumentCheckPage({ params, searchParams }: PageProps<'/[locale]/leernetwerk-opzetten/instrumentcheck'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const answers = instrumentCheckSchema.parse(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, first(value)])));
  const token = first(query.leervraag);
  const wizardHref = token && QUESTION_TOKEN.test(token) ? `/leernetwerk-opzetten/nieuw?leervraag=${encodeURIComponent(token)}` : '/leernetwerk-opzetten#routes';
  const t = await getTranslations('InstrumentCheck');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('intro')}
      </Paragraph>
      <InstrumentCheckAnswer result={checkInstrument(answers)} wizardHref={wizardHref} />
      <Heading level={2} id="vragen">
        {t('conditionsLegend')}
      </Heading>
      <InstrumentCheckForm answers={answers} questionToken={token && QUESTION_TOKEN.test(token) ? token : undefined} />
    </>
  );
}

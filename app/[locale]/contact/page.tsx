import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactForm } from '@/components/contact/ContactForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { connection } from 'next/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/contact'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contact' });
  return { title: t('title'), description: t('intro') };
}

export default async function ContactPage({ params }: PageProps<'/[locale]/contact'>) {
  // Per request: the form carries a one-time token of its own for every page view (and the CSP nonce).
  await connection();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('contact');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph purpose="lead" className="max-w-3xl">
        {t('intro')}
      </Paragraph>
      <ClientMessages namespaces={['contact', 'forms']}>
        <ContactForm />
      </ClientMessages>
    </>
  );
}

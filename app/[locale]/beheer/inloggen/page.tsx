import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/admin/SignInForm';
import { ClientMessages } from '@/components/layout/ClientMessages';
import { Alert } from '@/components/ui/Alert';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { localisedPath } from '@/lib/i18n/routing';
import { asLocale } from '@/lib/i18n/translate';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/inloggen'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.signIn' });
  return { title: t('title'), robots: { index: false } };
}

// The one /beheer page open to everyone.
export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/beheer/inloggen'>) {
  const { locale } = await params;
  const invited = (await searchParams).invited === '1';
  setRequestLocale(locale);
  const t = await getTranslations('admin.signIn');
  const ti = await getTranslations('admin.invite');
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph className="max-w-3xl">{t('intro')}</Paragraph>
      {invited ? <Alert type="ok">{ti('done')}</Alert> : null}
      <ClientMessages namespaces={['admin']}>
        <SignInForm callbackUrl={localisedPath('/beheer', asLocale(locale))} />
      </ClientMessages>
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { TextInput } from '@/components/ui/TextInput';
import { db } from '@/lib/db/client';
import { isInvitationValid } from '@/lib/team/manage-team';
import { choosePassword } from './accept-invitation';

type Props = PageProps<'/[locale]/beheer/uitnodiging/[token]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.invite' });
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

// Open without a session: the unguessable token in the address is the authorisation.
export default async function InvitationPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin.invite');
  const result = (await searchParams).result;
  const ts = await getTranslations('admin.security');
  if (!(await isInvitationValid(db(), token))) {
    return (
      <>
        <Heading level={1}>{t('title')}</Heading>
        <Alert type="error">{result === 'rate-limited' ? ts('inviteRateLimited') : t('invalidLink')}</Alert>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      {result === 'too-short' ? <Alert type="error">{t('tooShort')}</Alert> : null}
      {result === 'rate-limited' ? <Alert type="error">{ts('inviteRateLimited')}</Alert> : null}
      <form action={choosePassword} className="max-w-xl">
        <input type="hidden" name="token" value={token} />
        <FormField id="new-password" label={t('password')} requirement="required">
          {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" minLength={12} required />}
        </FormField>
        <Button type="submit" purpose="primary">{t('submit')}</Button>
      </form>
    </>
  );
}

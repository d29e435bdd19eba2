import type { Metadata } from 'next';
import QRCode from 'qrcode';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { TextInput } from '@/components/ui/TextInput';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { totpUri } from '@/lib/auth/totp';
import { openTotpSecret } from '@/lib/auth/totp-secret-box';
import { db } from '@/lib/db/client';
import { beginTotp, confirmTotp, signOutOnAllDevices, toggleDigest, turnOffTotp } from './account-actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/account'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.account' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: PageProps<'/[locale]/beheer/account'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const member = await requireTeamMember('coordinator', { enrolling: true });
  const user = await db().user.findUniqueOrThrow({ where: { id: member.id } });
  const t = await getTranslations('admin.account');
  const ti = await getTranslations('admin.item');
  const ts = await getTranslations('admin.security');
  const result = (await searchParams).result;
  const pendingSecret = user.totpEnabledAt ? null : openTotpSecret(user.totpSecret, user.id);
  const qr = pendingSecret ? await QRCode.toDataURL(totpUri(pendingSecret, user.email), { margin: 1, width: 200 }) : null;

  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      {member.mustEnrolTotp ? <Alert type="warning">{t('mustEnrol')}</Alert> : null}
      {result === 'saved' ? <Alert type="ok">{ti('saved')}</Alert> : null}
      {result === 'totp-enabled' ? <Alert type="ok">{t('totpEnabled')}</Alert> : null}
      {result === 'totp-invalid' ? <Alert type="error">{t('totpInvalid')}</Alert> : null}
      {result === 'totp-disabled' ? <Alert type="ok">{ts('totpOffDone')}</Alert> : null}
      {result === 'totp-off-invalid' ? <Alert type="error">{ts('totpOffInvalid')}</Alert> : null}
      {result === 'totp-off-rate-limited' ? <Alert type="error">{ts('rateLimited')}</Alert> : null}

      <section aria-labelledby="totp" className="mt-6 max-w-3xl">
        <Heading level={2} id="totp">{t('totpTitle')}</Heading>
        <Paragraph>{user.totpEnabledAt ? t('totpOn') : t('totpOff')}</Paragraph>
        {user.totpEnabledAt ? (
          member.mustEnrolTotp ? null : (
            <form action={turnOffTotp} className="max-w-xl">
              <Paragraph>{ts('totpOffIntro')}</Paragraph>
              <FormField id="totp-off-password" label={ts('totpOffPassword')} requirement="required">
                {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" required />}
              </FormField>
              <FormField id="totp-off-code" label={ts('totpOffCode')} requirement="required">
                {(control) => <TextInput {...control} name="code" inputMode="numeric" autoComplete="one-time-code" className="max-w-40" required />}
              </FormField>
              <Button type="submit">{t('totpDisable')}</Button>
            </form>
          )
        ) : pendingSecret && qr ? (
          <>
            <Paragraph>{t('totpScan')}</Paragraph>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated here */}
            <img src={qr} alt={t('totpQrAlt')} width={200} height={200} />
            <Paragraph>
              {t('totpSecret')}: <code data-testid="totp-secret">{pendingSecret}</code>
            </Paragraph>
            <form action={confirmTotp}>
              <FormField id="totp-code" label={t('totpCode')}>
                {(control) => <TextInput {...control} name="code" inputMode="numeric" autoComplete="one-time-code" className="max-w-40" />}
              </FormField>
              <Button type="submit" purpose="primary">{t('totpConfirm')}</Button>
            </form>
          </>
        ) : (
          <form action={beginTotp}>
            <Button type="submit" purpose="primary">{t('totpStart')}</Button>
          </form>
        )}
      </section>

      {member.mustEnrolTotp ? null : (
        <section aria-labelledby="digest" className="mt-8 max-w-3xl">
          <Heading level={2} id="digest">{t('digestTitle')}</Heading>
          <Paragraph>{user.digestEnabled ? t('digestOn') : t('digestOff')}</Paragraph>
          <form action={toggleDigest}>
            <input type="hidden" name="enabled" value={user.digestEnabled ? 'false' : 'true'} />
            <Button type="submit">{user.digestEnabled ? t('digestDisable') : t('digestEnable')}</Button>
          </form>
        </section>
      )}

      <section aria-labelledby="everywhere" className="mt-8 max-w-3xl">
        <Heading level={2} id="everywhere">{t('signOutEverywhere')}</Heading>
        <Paragraph>{t('signOutEverywhereText')}</Paragraph>
        <form action={signOutOnAllDevices}>
          <Button type="submit">{t('signOutEverywhere')}</Button>
        </form>
      </section>
    </>
  );
}

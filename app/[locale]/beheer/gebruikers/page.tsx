import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { FormField } from '@/components/ui/FormField';
import { Heading } from '@/components/ui/Heading';
import { Paragraph } from '@/components/ui/Paragraph';
import { Select } from '@/components/ui/Select';
import { TextInput } from '@/components/ui/TextInput';
import { requireTeamMember } from '@/lib/auth/require-team-member';
import { readTeamSettings } from '@/lib/auth/team-settings';
import { db } from '@/lib/db/client';
import { TEAM_ROLES } from '@/lib/team/create-team-member';
import { changeMember, inviteMember, setRequireTotp } from './user-actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/beheer/gebruikers'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.users' });
  return { title: t('title'), robots: { index: false } };
}

// Admin only.
export default async function TeamMembersPage({ params, searchParams }: PageProps<'/[locale]/beheer/gebruikers'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const admin = await requireTeamMember('admin');
  const prisma = db();
  const [t, ti, users, settings] = await Promise.all([
    getTranslations('admin.users'),
    getTranslations('admin.item'),
    prisma.user.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }] }),
    readTeamSettings(prisma),
  ]);
  const result = (await searchParams).result;
  return (
    <>
      <Heading level={1}>{t('title')}</Heading>
      {result === 'saved' ? <Alert type="ok">{ti('saved')}</Alert> : null}
      {result === 'invited' ? <Alert type="ok">{t('invited')}</Alert> : null}
      {result === 'exists' ? <Alert type="error">{t('exists')}</Alert> : null}
      {result === 'self' ? <Alert type="error">{t('notSelf')}</Alert> : null}
      {typeof result === 'string' && result.startsWith('invalid') ? <Alert type="error">{ti('invalid.input')}</Alert> : null}
      <table className="utrecht-table w-full">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {(['name', 'email', 'role', 'active', 'totp', 'actions'] as const).map((column) => (
              <th key={column} scope="col" className="utrecht-table__header-cell">{t(`columns.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {users.map((user) => (
            <tr key={user.id} className="utrecht-table__row" data-user={user.email}>
              <td className="utrecht-table__cell">{user.name}</td>
              <td className="utrecht-table__cell">{user.email}</td>
              <td className="utrecht-table__cell">
                {user.id === admin.id ? (
                  t(`roles.${user.role}`)
                ) : (
                  <form action={changeMember} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="userId" value={user.id} />
                    <label className="sr-only" htmlFor={`role-${user.id}`}>{t('changeRole', { name: user.name })}</label>
                    <Select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                      {TEAM_ROLES.map((role) => (
                        <option key={role} value={role}>{t(`roles.${role}`)}</option>
                      ))}
                    </Select>
                    <Button type="submit" purpose="subtle">{t('saveRole')}</Button>
                  </form>
                )}
              </td>
              <td className="utrecht-table__cell">{user.active ? t('active') : t('inactive')}</td>
              <td className="utrecht-table__cell">{user.totpEnabledAt ? '✓' : '—'}</td>
              <td className="utrecht-table__cell">
                {user.id === admin.id ? null : (
                  <form action={changeMember}>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
                    <Button type="submit" purpose="secondary">{user.active ? t('deactivate') : t('reactivate')}</Button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="invite" className="mt-8 max-w-xl">
        <Heading level={2} id="invite">{t('invite')}</Heading>
        <form action={inviteMember}>
          <FormField id="invite-name" label={t('name')} requirement="required">
            {(control) => <TextInput {...control} name="name" required autoComplete="off" />}
          </FormField>
          <FormField id="invite-email" label={t('email')} requirement="required">
            {(control) => <TextInput {...control} name="email" type="email" required autoComplete="off" />}
          </FormField>
          <FormField id="invite-role" label={t('role')}>
            {(control) => (
              <Select {...control} name="role" defaultValue="coordinator">
                {TEAM_ROLES.map((role) => (
                  <option key={role} value={role}>{t(`roles.${role}`)}</option>
                ))}
              </Select>
            )}
          </FormField>
          <Button type="submit" purpose="primary">{t('sendInvite')}</Button>
        </form>
      </section>

      <section aria-labelledby="require-totp" className="mt-8 max-w-xl">
        <Heading level={2} id="require-totp">{t('requireTotp')}</Heading>
        <Paragraph>{settings.requireTotp ? t('requireTotpOn') : t('requireTotpOff')}</Paragraph>
        <form action={setRequireTotp}>
          <input type="hidden" name="requireTotp" value={settings.requireTotp ? 'false' : 'true'} />
          <Button type="submit">{settings.requireTotp ? t('requireTotpDisable') : t('requireTotpEnable')}</Button>
        </form>
      </section>
    </>
  );
}

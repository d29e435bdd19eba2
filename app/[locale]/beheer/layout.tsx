import { setRequestLocale } from 'next-intl/server';
import { TeamNav } from '@/components/admin/TeamNav';
import { currentTeamMember, SIGN_IN_PATH } from '@/lib/auth/require-team-member';
import { localisedPath } from '@/lib/i18n/routing';
import { asLocale } from '@/lib/i18n/translate';

// Only the team menu. The access check is in every page, route handler and server action itself
// (requireTeamMember), never here: a layout does not run for every request.
export default async function TeamLayout({ children, params }: LayoutProps<'/[locale]/beheer'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const member = await currentTeamMember();
  return (
    <>
      {member && !member.mustEnrolTotp ? (
        <TeamNav member={member} signInPath={localisedPath(SIGN_IN_PATH, asLocale(locale))} />
      ) : null}
      {children}
    </>
  );
}

// The server-side check every /beheer page, route handler and server action starts with. It reads the
// session and then the account itself, so a deactivated account or "sign out everywhere" takes
// effect on the next request, and an expired session counts as none.
import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { asLocale } from '@/lib/i18n/translate';
import { authOptions } from './auth-options';
import { roleAllows, sessionIsValid, type TeamRole } from './session-policy';
import { readTeamSettings } from './team-settings';

export interface TeamMember {
  id: string;
  email: string;
  name: string;
  role: TeamRole;
  totpEnabled: boolean;
  /** An admin requires a second factor and this account has none yet: it may only enrol. */
  mustEnrolTotp: boolean;
}

export const SIGN_IN_PATH = '/beheer/inloggen';
export const ACCOUNT_PATH = '/beheer/account';

export async function currentTeamMember(): Promise<TeamMember | null> {
  const session = await getServerSession(authOptions());
  const claims = session?.user;
  if (!claims?.id) return null;
  const prisma = db();
  const user = await prisma.user.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, totpEnabledAt: true },
  });
  const valid = sessionIsValid({ userId: claims.id, sessionVersion: claims.sessionVersion, signedInAt: claims.signedInAt }, user, Date.now() / 1000);
  if (!user || !valid) return null;
  const totpEnabled = Boolean(user.totpEnabledAt);
  const mustEnrolTotp = !totpEnabled && (await readTeamSettings(prisma)).requireTotp;
  return { id: user.id, email: user.email, name: user.name, role: user.role, totpEnabled, mustEnrolTotp };
}

/**
 * For pages and server actions: no valid session → the sign-in page; a role too low → 403.
 * `enrolling` is only for the account page, where a required second factor is set up.
 */
export async function requireTeamMember(role: TeamRole = 'coordinator', options: { enrolling?: boolean } = {}): Promise<TeamMember> {
  const member = await currentTeamMember();
  const locale = asLocale(await getLocale());
  if (!member) return redirect({ href: SIGN_IN_PATH, locale });
  if (!roleAllows(member.role, role)) forbidden();
  if (member.mustEnrolTotp && !options.enrolling) return redirect({ href: ACCOUNT_PATH, locale });
  return member;
}

/** For route handlers: the member, or the 401/403 answer to return. */
export async function authorizeApiRequest(role: TeamRole = 'coordinator'): Promise<TeamMember | Response> {
  const member = await currentTeamMember();
  if (!member || member.mustEnrolTotp) return Response.json({ error: 'Niet ingelogd / not signed in' }, { status: 401 });
  if (!roleAllows(member.role, role)) return Response.json({ error: 'Geen toegang / forbidden' }, { status: 403 });
  return member;
}

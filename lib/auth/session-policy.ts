// How long a team member's session lasts (pure, unit-tested). A session ends after SESSION_IDLE_SECONDS
// without a request (next-auth's sliding JWT maxAge) and in any case SESSION_MAX_SECONDS after sign-in.
// It also ends at once when the account is deactivated or "sign out everywhere" raised its version.

export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
export const SESSION_MAX_SECONDS = 12 * 60 * 60;

export type TeamRole = 'coordinator' | 'admin';

export interface SessionClaims {
  userId: string;
  /** The account's session version when the session was issued. */
  sessionVersion: number;
  /** Sign-in time in epoch seconds. */
  signedInAt: number;
}

export interface AccountState {
  active: boolean;
  sessionVersion: number;
}

export function sessionIsValid(claims: SessionClaims, account: AccountState | null, nowSeconds: number): boolean {
  if (!account || !account.active) return false;
  if (claims.sessionVersion !== account.sessionVersion) return false;
  return nowSeconds - claims.signedInAt <= SESSION_MAX_SECONDS;
}

/** An admin may do everything a coordinator may. */
export function roleAllows(role: TeamRole, needed: TeamRole): boolean {
  return needed === 'coordinator' || role === 'admin';
}

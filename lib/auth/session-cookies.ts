// The cookies next-auth sets for credentials sign-in (ASVS 3.3.1): when APP_URL is https they are
// `__Host-` prefixed and Secure (no Domain, Path=/: no sibling host or plain-http page can set or
// read them); over plain http (local use) the same cookies without prefix and without Secure, which
// a browser would not store there. next-auth's own choice follows the URL it guesses; this follows
// APP_URL, the one public address.
import type { CookiesOptions } from 'next-auth';

export function sessionCookies(appUrl: string): Pick<CookiesOptions, 'sessionToken' | 'callbackUrl' | 'csrfToken'> {
  const secure = appUrl.startsWith('https://');
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  const named = (name: string) => ({ name: `${secure ? '__Host-' : ''}next-auth.${name}`, options });
  return {
    sessionToken: named('session-token'),
    callbackUrl: named('callback-url'),
    csrfToken: named('csrf-token'),
  };
}

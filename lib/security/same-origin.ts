// Cross-site request forgery: a state-changing request must come from one of our own pages (or from
// a client that is not a browser). Browsers say where a request comes from in Sec-Fetch-Site and
// Origin, and a page on another site cannot hide either; a `text/plain` POST without a preflight
// carries them too. Used by every state-changing route handler (lib/http/guard-request.ts) and by
// the public forms' server actions, on top of Next.js's own Origin check for server actions.

/** Why a request is refused as coming from another site, or null when it may go on. */
export function crossSiteRefusal(headers: Headers, requestUrl: string, appUrl: string): string | null {
  const site = headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get('origin');
  // No Origin and no Sec-Fetch-Site: not sent by a browser page (curl, a server); nothing to forge.
  if (origin === null) return null;
  if (site === 'same-origin' || site === 'none') return null;
  return ownOrigins(headers, requestUrl, appUrl).has(origin) ? null : `Origin: ${origin.slice(0, 100)}`;
}

/** Our own origins: the public address (APP_URL) and the address this request was sent to. */
function ownOrigins(headers: Headers, requestUrl: string, appUrl: string): Set<string> {
  const origins = new Set([new URL(appUrl).origin]);
  const url = new URL(requestUrl);
  const host = headers.get('host');
  origins.add(url.origin);
  if (host) origins.add(`${url.protocol}//${host}`);
  return origins;
}

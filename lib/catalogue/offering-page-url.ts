// Public addresses of catalogue pages, for the open-data API (absolute) and the site (relative).

/** The site's public address: APP_URL, or the address the request came in on. */
export function siteOrigin(request: Request): string {
  return (process.env.APP_URL || new URL(request.url).origin).replace(/\/$/, '');
}

export function offeringPagePath(slug: string): string {
  return `/aanbod/${encodeURIComponent(slug)}`;
}

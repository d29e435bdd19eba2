// Links that grant access (a team invitation, an initiator's private link to their learning question
// or plan, a followed search's confirm and unsubscribe links) are for the recipient alone. The mail
// is delivered with them; wherever the team reads a mail (the outbox), they are replaced by a note
// that a link was sent, for admins too (pure).

/** Paths of private links, after the origin and an optional /en. */
const PRIVATE_PATHS: readonly RegExp[] = [
  /^\/beheer\/uitnodiging\//, // team invitation (uitnodiging)
  /^\/leervraag\/[^/?#]+/, // learning question result (leervraag)
  /^\/leernetwerk-opzetten\/plan\//, // network plan (wizard)
  /^\/leernetwerk-opzetten\/nieuw\?(?:.*&)?leervraag=/, // a plan pre-filled from a learning question
  /^\/aanbod\/volgen\/(?:bevestigen|afmelden)\//, // followed search: confirm, unsubscribe
  /^\/api\/(?:volgen|learning-questions|netwerkplannen)\/[^/?#]+/, // the same links' JSON doors
];

/**
 * A run of 32+ URL-safe characters with a capital or an underscore looks like a token (createToken:
 * 43 base64url characters); slugs and ids are lower case. Redacted too, so a private link that is
 * not in the list above still does not show.
 */
const TOKEN_SHAPED = /(?<![A-Za-z0-9_-])(?=[a-z0-9-]*[A-Z_])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/;
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

export function isPrivateLink(url: string): boolean {
  let path: string;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname.replace(/^\/en(?=\/|$)/, '')}${parsed.search}`;
  } catch {
    return TOKEN_SHAPED.test(url);
  }
  return PRIVATE_PATHS.some((pattern) => pattern.test(path)) || TOKEN_SHAPED.test(path);
}

/** The text with every private link (and every bare token) replaced by `note`. */
export function redactPrivateLinks(text: string, note: string): string {
  return text
    .replace(URL_PATTERN, (url) => (isPrivateLink(url) ? note : url))
    .replace(new RegExp(TOKEN_SHAPED.source, 'g'), note);
}

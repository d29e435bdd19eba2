import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for private links (result pages, plans, confirmations): 256 random bits. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens that grant access are stored only as their hash, and every lookup hashes what it is given:
 * a stored hash (from a leaked backup, say) is never accepted as a token.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True for what createToken makes (43 URL-safe characters); anything else is no token at all. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

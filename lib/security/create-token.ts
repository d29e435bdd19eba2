import { createHash, randomBytes } from 'node:crypto';

/** An unguessable token for private links (result pages, plans, confirmations): 256 random bits. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens that grant access are stored only as their hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// Passwords are stored as argon2id hashes (@node-rs/argon2: native, no build step).
import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash (an invited user who has not set one) nothing matches, but the time spent is alike.
  if (!passwordHash) {
    await hash(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password of 20 characters, for `user:create --generate`. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

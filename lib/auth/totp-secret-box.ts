// TOTP secrets are encrypted at rest (ASVS 11.x / 6.5): AES-256-GCM under a key derived with HKDF from
// the session secret, bound to the account's id (a sealed secret copied to another row does not open).
// Stored as `v1.<iv>.<ciphertext>.<tag>` (base64url). A value without that prefix is a secret stored
// before encryption; it still opens, and every start seals such rows (sealPlainTotpSecrets).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { resolveAuthSecret } from './auth-secret';

const PREFIX = 'v1.';

export function totpKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), 'wijkwijzer-leernetwerk/totp-secret/v1', 32));
}

let runningKey: Buffer | undefined;
function currentKey(): Buffer {
  runningKey ??= totpKey(resolveAuthSecret(getEnv()));
  return runningKey;
}

export function sealTotpSecret(secret: string, userId: string, key: Buffer = currentKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return PREFIX + [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/** The secret, or null when it was sealed under another key or for another account. */
export function openTotpSecret(stored: string | null, userId: string, key: Buffer = currentKey()): string | null {
  if (stored === null) return null;
  if (!isSealed(stored)) return stored;
  const [iv, sealed, tag] = stored.slice(PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !sealed || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(userId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * Seals every stored secret that is not sealed yet (rows from before encryption) and, when `from` is
 * given (the secret changed on purpose), moves sealed ones from the old key to the new. Rows that do
 * not open are left as they are. Answers the number of rows changed.
 */
export async function sealStoredTotpSecrets(prisma: Pick<Db, 'user'>, to: Buffer, from?: Buffer): Promise<number> {
  const rows = await prisma.user.findMany({ where: { totpSecret: { not: null } }, select: { id: true, totpSecret: true } });
  let changed = 0;
  for (const row of rows) {
    const stored = row.totpSecret!;
    if (isSealed(stored) && !from) continue;
    const secret = openTotpSecret(stored, row.id, from ?? to);
    if (secret === null) continue;
    const moved = await prisma.user.updateMany({ where: { id: row.id, totpSecret: stored }, data: { totpSecret: sealTotpSecret(secret, row.id, to) } });
    changed += moved.count;
  }
  return changed;
}

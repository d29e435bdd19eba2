// Every instance on one database must sign sessions with the same secret, or a session issued by one
// is refused by the next (and, with TOTP secrets encrypted under it, second factors stop working).
// The database keeps a fingerprint of the secret it was first used with (an HMAC under the secret,
// which tells nothing about it); an instance with another secret refuses to start with a sentence
// instead of silently issuing sessions the others cannot read. To change the secret on purpose,
// start once with the old one in AUTH_SECRET_PREVIOUS (decision 0066): TOTP secrets, encrypted under a
// key derived from the session secret (totp-secret-box.ts), move to the new key in the same step.
import { createHmac } from 'node:crypto';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import type { Env } from '@/lib/env';
import { UserFacingError } from '@/lib/errors';
import { resolveAuthSecret } from './auth-secret';
import { sealStoredTotpSecrets, totpKey } from './totp-secret-box';

const SETTING_KEY = 'auth-secret-fingerprint';

export function secretFingerprint(secret: string): string {
  return createHmac('sha256', secret).update('wijkwijzer-leernetwerk/auth-secret-fingerprint/v1').digest('base64url');
}

export type AuthSecretCheck = 'recorded' | 'same' | 'changed';

type SecretEnv = Pick<Env, 'AUTH_SECRET' | 'AUTH_SECRET_PREVIOUS' | 'dataDir'>;

/** Compares this instance's secret with the database's; throws a UserFacingError when they differ. */
export async function checkAuthSecret(prisma: Db, env: SecretEnv): Promise<AuthSecretCheck> {
  const secret = resolveAuthSecret(env);
  const outcome = await compareFingerprint(prisma, env, secret);
  // TOTP secrets stored before they were encrypted are sealed now, under this secret's key.
  await sealStoredTotpSecrets(prisma, totpKey(secret));
  return outcome;
}

async function compareFingerprint(prisma: Db, env: SecretEnv, secret: string): Promise<AuthSecretCheck> {
  const fingerprint = secretFingerprint(secret);
  const inserted = await prisma.appSetting.createMany({ data: [{ key: SETTING_KEY, value: { fingerprint } }], skipDuplicates: true });
  if (inserted.count === 1) return 'recorded';
  const stored = await readFingerprint(prisma);
  if (stored === fingerprint) return 'same';
  const previous = env.AUTH_SECRET_PREVIOUS;
  if (previous && stored === secretFingerprint(previous)) {
    // Moving to the new secret: the fingerprint and the TOTP secrets sealed under the old key, together.
    const moved = await prisma.$transaction(async (tx) => {
      const count = await tx.$executeRaw`
        UPDATE app_settings SET value = ${JSON.stringify({ fingerprint })}::jsonb, updated_at = now()
        WHERE key = ${SETTING_KEY} AND value->>'fingerprint' = ${stored}`;
      if (count === 1) await sealStoredTotpSecrets(tx, totpKey(secret), totpKey(previous));
      return count === 1;
    });
    if (moved) return 'changed';
    if ((await readFingerprint(prisma)) === fingerprint) return 'same';
  }
  throw new UserFacingError(mismatchSentence(env));
}

async function readFingerprint(prisma: Db): Promise<string | undefined> {
  const row = await prisma.appSetting.findUnique({ where: { key: SETTING_KEY } });
  return (row?.value as { fingerprint?: string } | undefined)?.fingerprint;
}

function mismatchSentence(env: SecretEnv): string {
  const where = env.AUTH_SECRET
    ? 'AUTH_SECRET differs from the one'
    : `AUTH_SECRET is not set, so this instance uses the secret generated in ${path.join(env.dataDir, 'auth-secret')}, which differs from the one`;
  return (
    `This instance cannot start: ${where} the database was first used with, so its sessions would not work on the other instances. ` +
    'Set the same AUTH_SECRET on every instance that shares this database (or, to change the secret on purpose, start once with the old one in AUTH_SECRET_PREVIOUS).'
  );
}

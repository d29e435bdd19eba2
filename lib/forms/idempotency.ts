// Idempotent public submissions: a retried POST with the same idempotency key and the same input
// makes no second row and no second mail, and gets the first answer again. Keys live in PostgreSQL
// (every app instance sees them) for a day. Only hashes of the key are stored; the answer is
// encrypted with a key derived from the client's idempotency key, because it may hold a private link.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

const KEEP_HOURS = 24;
/** What a client may send as a key: a UUID or any token of 8–200 URL-safe characters. */
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,200}$/;

export interface IdempotencySlot {
  keyHash: string;
  secret: Buffer;
}

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest();

/** Objects with their keys sorted, so the same input always gives the same fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  return value;
}

/** The slot for a form, a key and the input sent with it; undefined when there is no usable key. */
export function idempotencySlot(form: string, key: string | undefined | null, input: unknown): IdempotencySlot | undefined {
  if (!key || !KEY_FORMAT.test(key)) return undefined;
  const fingerprint = JSON.stringify(canonical(input) ?? null);
  return { keyHash: sha256('key', form, key, fingerprint).toString('hex'), secret: sha256('answer', form, key) };
}

function seal(secret: Buffer, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value ?? null), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

function open<T>(secret: Buffer, stored: string): T {
  const [iv, tag, sealed] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', secret, iv!);
  decipher.setAuthTag(tag!);
  return JSON.parse(Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8')) as T;
}

/** The answer stored for this slot by an earlier request, if any. */
export async function earlierAnswer<T>(prisma: Db | Prisma.TransactionClient, slot: IdempotencySlot): Promise<{ value: T } | undefined> {
  const rows = await prisma.$queryRaw<{ answer: string | null }[]>`
    SELECT answer FROM idempotency_keys WHERE key_hash = ${slot.keyHash} AND expires_at > now()`;
  const answer = rows[0]?.answer;
  return answer ? { value: open<T>(slot.secret, answer) } : undefined;
}

/**
 * Claims the slot inside the transaction that stores the submission. When another request holds it,
 * this waits for that transaction: committed, the slot is taken (false, read its answer); rolled
 * back, the slot is ours. An expired slot is taken over.
 */
export async function claimSlot(tx: Prisma.TransactionClient, slot: IdempotencySlot): Promise<boolean> {
  const expiresAt = new Date(Date.now() + KEEP_HOURS * 3600 * 1000);
  const claimed = await tx.$queryRaw<{ key_hash: string }[]>`
    INSERT INTO idempotency_keys (key_hash, expires_at) VALUES (${slot.keyHash}, ${expiresAt})
    ON CONFLICT (key_hash) DO UPDATE SET answer = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
      WHERE idempotency_keys.expires_at <= now()
    RETURNING key_hash`;
  return claimed.length > 0;
}

/** Stores the answer in the slot, in the same transaction as the submission itself. */
export async function recordAnswer(tx: Prisma.TransactionClient, slot: IdempotencySlot, value: unknown): Promise<void> {
  await tx.$executeRaw`UPDATE idempotency_keys SET answer = ${seal(slot.secret, value)} WHERE key_hash = ${slot.keyHash}`;
  if (Math.random() < 0.01) await tx.$executeRaw`DELETE FROM idempotency_keys WHERE expires_at < now()`;
}

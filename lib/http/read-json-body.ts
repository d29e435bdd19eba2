// Reading a JSON request body without trusting its size: a declared Content-Length over the limit
// is refused before anything is read, and the stream is read with a running count that stops at
// the limit (a body without Content-Length, or with a false one, cannot get past it). JSON nested
// deeper than MAX_INPUT_DEPTH is refused before it is parsed: a 1 MB body of brackets would otherwise
// become a value that overflows the stack of whatever walks it next.
import { MAX_INPUT_DEPTH } from '@/lib/validation/hostile-text';

/** The largest request body any route handler reads (server actions: next.config.ts, the same). */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyReading = { kind: 'ok'; value: unknown } | { kind: 'too-large' } | { kind: 'wrong-type' } | { kind: 'too-deep' };

/** True for application/json and application/<something>+json, with or without parameters. */
export function isJsonContentType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** The body's bytes, read with a running count that stops at the limit; null when it is larger. */
export async function readBodyBytes(request: Request, limit = MAX_BODY_BYTES): Promise<Buffer | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** True when JSON text opens more than `max` arrays or objects inside each other (strings skipped). */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/** The body parsed as JSON; a body that is not JSON reads as null (the schema then names the fields). */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyReading> {
  if (!isJsonContentType(request.headers.get('content-type'))) return { kind: 'wrong-type' };
  const bytes = await readBodyBytes(request, limit);
  if (!bytes) return { kind: 'too-large' };
  const text = bytes.toString('utf8');
  if (jsonNestsDeeperThan(text, MAX_INPUT_DEPTH)) return { kind: 'too-deep' };
  try {
    return { kind: 'ok', value: text.length === 0 ? null : (JSON.parse(text) as unknown) };
  } catch {
    return { kind: 'ok', value: null };
  }
}

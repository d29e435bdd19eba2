// Public pages that are the same for everyone: prerendered at build time (they do not call
// connection() and read no request data), served from the build with a long cache lifetime, and
// given a CSP with the hashes of their inline scripts (decision 0085). Every other page is rendered
// per request with a nonce.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/routing';
import { inlineScriptHashes } from '@/lib/security-headers';

// Pages with a public form are not among them: each view carries its own one-time form token
// (lib/forms/idempotency.ts), also without JavaScript.
export const STATIC_PAGES = ['/', '/leernetwerk-opzetten', '/privacy', '/toegankelijkheid', '/over'] as const;

export function isStaticPage(page: string): boolean {
  return (STATIC_PAGES as readonly string[]).includes(page);
}

const hashesByFile = new Map<string, Promise<string[] | undefined>>();

async function readHashes(file: string): Promise<string[] | undefined> {
  try {
    return await inlineScriptHashes(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined; // not prerendered (next dev, or the page became dynamic): the caller uses a nonce
  }
}

/**
 * The hashes of the inline scripts of a prerendered document of the build (`nl/leervraag`,
 * `_not-found`), read once. Undefined when the build holds no such document.
 */
export function prerenderedScriptHashes(document: string): Promise<string[] | undefined> {
  const file = path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server', 'app', `${document}.html`);
  let hashes = hashesByFile.get(file);
  if (!hashes) {
    hashes = readHashes(file);
    hashesByFile.set(file, hashes);
  }
  return hashes;
}

/** The prerendered document of a static page in a language. */
export function staticPageDocument(locale: Locale, page: string): string {
  return `${locale}${page === '/' ? '' : page}`;
}

/** The prerendered 404 (app/not-found.tsx), served for paths outside every route. */
export const NOT_FOUND_DOCUMENT = '_not-found';

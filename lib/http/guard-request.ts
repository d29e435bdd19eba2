// The one gate in front of every state-changing route handler (POST, PUT, PATCH, DELETE): a request
// from another site is refused (403), a body over 1 MB too (413, before it is read further), and a
// JSON route refuses any other content type (415). Route handlers are declared through it, e.g.
// `export const POST = jsonRoute(async (request, body) => …)`; a unit test checks that every one is.
// Reading routes (GET) are declared through `readRoute`. Every one of them answers 503 {"error"} when
// the database cannot be reached (decision 0090), instead of a 500.
import { NextRequest } from 'next/server';
import { isDatabaseUnavailable, markIfDatabaseUnavailable } from '@/lib/db/database-unavailable';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { refusedRequest } from '@/lib/forms/json-responses';
import { requestedLocale } from '@/lib/i18n/translate';
import { crossSiteRefusal } from '@/lib/security/same-origin';
import { readBodyBytes, readJsonBody } from './read-json-body';

export interface GuardOptions {
  /** A documented open API (it stores nothing): pages of other sites may call it. */
  openApi?: boolean;
}

function refuseCrossSite(request: Request, options: GuardOptions): Response | null {
  if (options.openApi) return null;
  const refusal = crossSiteRefusal(request.headers, request.url, getEnv().appUrl);
  return refusal ? refusedRequest('cross-site', requestedLocale(request.headers)) : null;
}

/** Seconds a client is asked to wait before trying again during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 10;

/** 503 {"error"}: the database cannot be reached right now; nothing was stored. */
export function databaseUnavailable(locale?: Locale): Response {
  const nl = 'De database is even niet bereikbaar; er is niets opgeslagen. Probeer het over een minuut opnieuw.';
  const en = 'The database cannot be reached right now; nothing was stored. Please try again in a minute.';
  return Response.json(
    { error: locale === 'nl' ? nl : locale === 'en' ? en : `${nl} / ${en}` },
    { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) } },
  );
}

/** Runs the handler; an error that says the database is unreachable becomes 503, anything else goes on. */
async function answeringOutages(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    markIfDatabaseUnavailable(error);
    return databaseUnavailable(requestedLocale(request.headers));
  }
}

/** A reading route handler (GET): 503 {"error"} while the database cannot be reached. */
export function readRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>): (request?: Request, context?: Context) => Promise<Response> {
  // Without a request (a direct call from a test or script): one without headers.
  return (request = new Request('http://localhost/'), context) => answeringOutages(request, () => handler(request, context as Context));
}

/** A route handler that takes a JSON body: cross-site → 403, not JSON → 415, over 1 MB → 413. */
export function jsonRoute<Context>(
  handler: (request: Request, body: unknown, context: Context) => Promise<Response>,
  options: GuardOptions = {},
): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    const crossSite = refuseCrossSite(request, options);
    if (crossSite) return crossSite;
    const body = await readJsonBody(request);
    if (body.kind !== 'ok') return refusedRequest(body.kind, requestedLocale(request.headers));
    return answeringOutages(request, () => handler(request, body.value, context as Context));
  };
}

/**
 * A state-changing route handler that reads its own body (next-auth's form posts): the same origin
 * check, and the body is read up to 1 MB first and handed on as a fresh request.
 */
export function guardedRoute<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
  options: GuardOptions = {},
): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    const crossSite = refuseCrossSite(request, options);
    if (crossSite) return crossSite;
    if (!request.body) return answeringOutages(request, () => handler(request, context as Context));
    const bytes = await readBodyBytes(request);
    if (!bytes) return refusedRequest('too-large', requestedLocale(request.headers));
    const fresh = new NextRequest(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(bytes) });
    return answeringOutages(request, () => handler(fresh, context as Context));
  };
}

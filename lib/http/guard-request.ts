// The one gate in front of every state-changing route handler (POST, PUT, PATCH, DELETE): a request
// from another site is refused (403), a body over 1 MB too (413, before it is read further), and a
// JSON route refuses any other content type (415). Route handlers are declared through it, e.g.
// `export const POST = jsonRoute(async (request, body) => …)`; a unit test checks that every one is.
import { NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
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
    return handler(request, body.value, context as Context);
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
    if (!request.body) return handler(request, context as Context);
    const bytes = await readBodyBytes(request);
    if (!bytes) return refusedRequest('too-large', requestedLocale(request.headers));
    return handler(new NextRequest(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(bytes) }), context as Context);
  };
}

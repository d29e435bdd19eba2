// The app's own HTTP server around Next.js's request handler: the one place that decides the client
// address (lib/security/client-ip.ts) from the connection, before Next.js or any route sees it. It
// also refuses a declared body over 1 MB with 413 for every path, server actions included (Next.js
// refuses those too, but answers 500); route handlers cap the stream itself (read-json-body.ts). The
// one exception, the upload form of the knowledge base (20 MB), is in body-limits.ts.
// And it turns a page's 500 into 503 while the database cannot be reached (decision 0090): Next.js
// gives an error page no say over its status, but the error was marked on its way up.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { databaseRecentlyUnavailable } from '@/lib/db/database-unavailable';
import { refusal } from '@/lib/forms/json-responses';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '@/lib/security/client-ip';
import { bodyLimitFor } from './body-limits';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Removes any client-sent copy of the internal address header and sets it from the connection. */
export function stampClientAddress(request: IncomingMessage, trustProxyHops: number): void {
  const address = clientAddressOf(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustProxyHops);
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  // The raw header list is what some code reads as well: keep one copy there too, ours.
  const raw = request.rawHeaders;
  for (let index = raw.length - 2; index >= 0; index -= 2) {
    if (raw[index]!.toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(index, 2);
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
}

/** How recently the database must have been seen unreachable for a 500 to go out as 503. */
const OUTAGE_WINDOW_MS = 10_000;

/** A 500 goes out as 503 (with Retry-After) when this process just saw the database unreachable. */
export function answerOutageAs503(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && databaseRecentlyUnavailable(OUTAGE_WINDOW_MS)) {
      statusCode = 503;
      if (!this.headersSent) this.setHeader('Retry-After', '10');
    }
    return (writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as typeof response.writeHead;
}

export function createAppServer(handle: RequestHandler, trustProxyHops: number): http.Server {
  return http.createServer((request, response) => {
    if (Number(request.headers['content-length'] ?? 0) > bodyLimitFor(new URL(request.url ?? '/', 'http://localhost').pathname)) {
      const { status, body } = refusal('too-large');
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Connection: 'close' });
      response.end(JSON.stringify(body));
      return;
    }
    stampClientAddress(request, trustProxyHops);
    answerOutageAs503(response);
    void handle(request, response);
  });
}

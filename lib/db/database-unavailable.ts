// Recognising "the database cannot be reached" (stopped, restarting, refusing connections, too slow
// to connect) among the errors of Prisma, its pg driver adapter and node-postgres, so that the
// request gate (lib/http/guard-request.ts) answers 503 instead of 500, and a page shows the outage
// text (app/[locale]/error.tsx) under status 503 (lib/http/app-server.ts). No React, no server-only:
// the unit tests read it directly.

/** The digest a page's error carries when the database was unreachable; error.tsx looks for it. */
export const DATABASE_UNAVAILABLE_DIGEST = 'database-unavailable';

/** Prisma's codes for "cannot reach / lost / timed out connecting to the server" (and a full pool). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The pg driver adapter's kinds for the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Socket errors of Node.js. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED']);
/**
 * PostgreSQL's SQLSTATEs: class 08 (connection exception), 57P01–57P03 (shut down by the
 * administrator, crashed, cannot connect now) and 53300 (too many connections).
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** What node-postgres and Prisma say when there is no code to go by. */
const MESSAGES =
  /can't reach database server|timeout exceeded when trying to connect|connection terminated|connection (?:is )?closed|server closed the connection|the database system is (?:starting up|shutting down|in recovery|not yet accepting connections)|terminating connection due to administrator command|timed out fetching a new connection|connect ECONNREFUSED|(?:has encountered a connection error|was closed) and is not queryable/i;

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; name?: unknown; cause?: unknown; meta?: unknown; errorCode?: unknown };

function matches(value: Inspectable): boolean {
  const code = typeof value.code === 'string' ? value.code : typeof value.errorCode === 'string' ? value.errorCode : undefined;
  if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof value.kind === 'string' && ADAPTER_KINDS.has(value.kind)) return true;
  if (value.name === 'PrismaClientInitializationError') return true;
  return typeof value.message === 'string' && MESSAGES.test(value.message);
}

/** True when the error (or anything it wraps) says the database server cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const value = queue.shift();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const inspectable = value as Inspectable;
    if (matches(inspectable)) return true;
    queue.push(inspectable.cause);
    // Prisma keeps the adapter's error in meta.driverAdapterError (with its own cause).
    if (inspectable.meta && typeof inspectable.meta === 'object') queue.push((inspectable.meta as { driverAdapterError?: unknown }).driverAdapterError);
    if (Array.isArray((value as { errors?: unknown }).errors)) queue.push(...(value as { errors: unknown[] }).errors);
  }
  return false;
}

// Process-wide (Next.js bundles its server code apart from the custom server, so a module variable
// would not be shared): when this process last saw the database unreachable.
const LAST_SEEN = Symbol.for('wijkwijzer.databaseUnavailableAt');
type OutageGlobal = { [LAST_SEEN]?: number };

/**
 * When the error says the database cannot be reached: remember that (for the HTTP status of the
 * page, see lib/http/app-server.ts) and give the error the digest the error page looks for.
 * Returns whether it did.
 */
export function markIfDatabaseUnavailable(error: unknown, now = Date.now()): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  (globalThis as OutageGlobal)[LAST_SEEN] = now;
  if (error && typeof error === 'object') {
    try {
      (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
    } catch {
      // a frozen error keeps its own digest; the status still says 503
    }
  }
  return true;
}

/** True when this process saw the database unreachable within the last `withinMs` milliseconds. */
export function databaseRecentlyUnavailable(withinMs = 5000, now = Date.now()): boolean {
  const at = (globalThis as OutageGlobal)[LAST_SEEN];
  return at !== undefined && now - at <= withinMs;
}

/** Forgets an earlier outage (tests). */
export function forgetDatabaseOutage(): void {
  delete (globalThis as OutageGlobal)[LAST_SEEN];
}

// The visitor's address, for per-IP rate limits. Route handlers and server actions cannot see the
// connection, so the app's own HTTP server (scripts/serve.ts) decides the address once per request
// and passes it on in an internal header, after removing any copy the client sent:
// - TRUST_PROXY_HOPS=0 (no proxy): the connection's own address; X-Forwarded-For is ignored.
// - TRUST_PROXY_HOPS=n: the entry n places from the right of X-Forwarded-For, which the nearest
//   trusted proxy wrote (entries to its left are whatever the client claimed).

/** The internal header with the client address; never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-wijkwijzer-client-address';

function normalise(address: string): string {
  return address.trim().replace(/^::ffff:/, '');
}

/** The client address of a connection, given its socket address and X-Forwarded-For. */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxyHops: number): string {
  const socket = socketAddress ? normalise(socketAddress) : 'unknown';
  if (trustProxyHops === 0) return socket;
  const entries = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all; its sender is the socket.
  if (entries.length < trustProxyHops) return socket;
  return normalise(entries[entries.length - trustProxyHops]!);
}

/**
 * The address the server put on this request. Without it (the app not started through its own
 * server) every request counts as one visitor, so limits stay strict rather than forgeable.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

// Each test acts as a visitor with an address of its own, so per-IP rate limits of one test do not
// reach another (the test server runs with TRUST_PROXY_HOPS=1, as behind one reverse proxy).
let counter = 0;

export function visitorAddress(): string {
  counter += 1;
  return `198.51.100.${(process.pid % 200) + counter}`;
}

export function asVisitor(address = visitorAddress()) {
  return { extraHTTPHeaders: { 'X-Forwarded-For': address } };
}

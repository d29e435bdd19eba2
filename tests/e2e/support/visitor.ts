// Each test acts as a visitor with an address of its own, so per-IP rate limits of one test do not
// reach another (the test server trusts X-Forwarded-For like a server without a proxy does).
let counter = 0;

export function visitorAddress(): string {
  counter += 1;
  return `198.51.100.${(process.pid % 200) + counter}`;
}

export function asVisitor(address = visitorAddress()) {
  return { extraHTTPHeaders: { 'X-Forwarded-For': address } };
}

// The app's HTTP server: Next.js's request handler behind our own http.Server, so the client
// address comes from the connection (lib/http/app-server.ts). `npm start`, `npm run dev` and the
// end-to-end tests run Next.js through this file: `tsx scripts/serve.ts start|dev`.
import next from 'next';
import { parseEnv } from '@/lib/env';
import { createAppServer } from '@/lib/http/app-server';
import { fail } from './run-script';

const dev = process.argv[2] === 'dev';
try {
  const env = parseEnv();
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port: env.PORT });
  await app.prepare();
  const server = createAppServer(app.getRequestHandler(), env.TRUST_PROXY_HOPS);
  server.on('upgrade', app.getUpgradeHandler());
  server.listen(env.PORT, () => console.log(`Ready on http://localhost:${env.PORT} (${dev ? 'development' : 'production'}).`));
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(error);
}

// npm run test:e2e — a fresh migrated and seeded database, a production build in .next-test, the
// server on a free port, then Playwright against it. Everything is torn down afterwards.
// E2E_SKIP_BUILD=1 reuses the last test build (for quick local iterations).
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { fail } from './run-script';
import { packageBin } from './package-bin';
import { exitCode, run, startProductionServer, type ProductionServer } from './support/production-server';

const playwrightBin = packageBin('@playwright/test', 'playwright');

const testServer = await startTestServer().catch(fail);
let databaseUrl: string | undefined;
let app: ProductionServer | undefined;
let code = 1;
try {
  databaseUrl = await createMigratedDatabase(testServer.adminUrl);
  app = await startProductionServer({ databaseUrl, distDir: '.next-test', skipBuild: Boolean(process.env.E2E_SKIP_BUILD), env: { TRUST_PROXY_HOPS: '1' } });
  code = await exitCode(
    run([playwrightBin, 'test', ...process.argv.slice(2)], { ...app.env, BASE_URL: app.baseUrl, ADMIN_DATABASE_URL: testServer.adminUrl }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await app?.stop();
  if (databaseUrl) await dropDatabase(testServer.adminUrl, databaseUrl).catch(() => undefined);
  await testServer.stop();
}
process.exit(code);

// npm run bench:lighthouse — Lighthouse 12 with its mobile defaults (simulated mid-range phone, slow
// 4G) on the production build of five public pages: scores per category, the layout shift, the
// blocking time, the compressed JavaScript and whether the page may enter the back/forward cache.
// LIGHTHOUSE_SKIP_BUILD=1 reuses the last build in LIGHTHOUSE_DIST_DIR (default .next-lighthouse);
// LIGHTHOUSE_URL measures a server that is already running instead; LIGHTHOUSE_PATHS=/a,/b other pages.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createMigratedDatabase, dropDatabase, startTestServer } from '@/tests/support/test-database';
import { fail } from '../run-script';
import { startProductionServer, type ProductionServer } from '../support/production-server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface NetworkRequest {
  resourceType?: string;
  transferSize?: number;
}

async function anOfferingPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/offerings?pageSize=1`);
  const body = (await response.json()) as { items: { slug: string }[] };
  return `/aanbod/${body.items[0]!.slug}`;
}

async function measure(url: string, port: number) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const requests = (lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
  const scriptBytes = requests.filter((request) => request.resourceType === 'Script').reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
  );
  return [
    `performance=${score('performance')}`,
    `accessibility=${score('accessibility')}`,
    `best_practices=${score('best-practices')}`,
    `seo=${score('seo')}`,
    `cls=${(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}`,
    `tbt_ms=${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)}`,
    `lcp_ms=${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)}`,
    `js_kib=${(scriptBytes / 1024).toFixed(1)}`,
    `bfcache=${lhr.audits['bf-cache']?.score === 1 ? 'yes' : 'no'}`,
    ...(failing.length > 0 ? [`failing=${failing.join(',')}`] : []),
  ].join(' ');
}

const external = process.env.LIGHTHOUSE_URL?.replace(/\/$/, '');
const testServer = external ? undefined : await startTestServer().catch(fail);
let databaseUrl: string | undefined;
let app: ProductionServer | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let code = 0;
try {
  let baseUrl = external;
  if (!baseUrl) {
    databaseUrl = await createMigratedDatabase(testServer!.adminUrl);
    app = await startProductionServer({ databaseUrl, distDir: process.env.LIGHTHOUSE_DIST_DIR || '.next-lighthouse', skipBuild: Boolean(process.env.LIGHTHOUSE_SKIP_BUILD) });
    baseUrl = app.baseUrl;
  }
  const paths = (process.env.LIGHTHOUSE_PATHS?.split(',') ?? ['/', '/aanbod', await anOfferingPath(baseUrl), '/leervraag', '/leernetwerk-opzetten']);
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  for (const path of paths) {
    await fetch(`${baseUrl}${path}`); // warm the server, as a visitor after the first would find it
    console.log(`page=${path} ${await measure(`${baseUrl}${path}`, chrome.port)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  chrome?.kill();
  await app?.stop();
  if (databaseUrl && testServer) await dropDatabase(testServer.adminUrl, databaseUrl).catch(() => undefined);
  await testServer?.stop();
}
process.exit(code);

// Every page, route handler and server action under /beheer, found from the route tree, checks the
// role on the server: anonymous visitors are sent to sign-in (pages, actions) or get 401 (API), and a
// coordinator gets 403 on what is for admins only. A new page or action cannot slip through: it is
// found here automatically and must either pass these checks or be listed as public on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createMember, signInRequest } from './support/team';
import { asVisitor } from './support/visitor';

const PAGES_ROOT = 'app/[locale]/beheer';
const API_ROOT = 'app/api/beheer';
/** Open on purpose: the sign-in page and the invitation link (its token is the authorisation). */
const PUBLIC_PAGES = ['inloggen', 'uitnodiging/[token]'];
const PUBLIC_ACTION_FILES = ['uitnodiging/[token]/accept-invitation.ts'];

function walk(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** A concrete address for a route folder: dynamic segments filled with plausible values. */
function concretePath(base: string, routeDir: string): string {
  const segments = routeDir.split(path.sep).filter(Boolean).map((segment) => {
    if (segment === '[itemType]') return 'leervraag';
    if (segment === '[token]') return 'x'.repeat(43);
    if (segment.startsWith('[')) return '00000000-0000-4000-8000-000000000000';
    return segment;
  });
  return [base, ...segments].join('/');
}

const pageFiles = walk(PAGES_ROOT).filter((file) => file.endsWith('page.tsx'));
const pages = pageFiles.map((file) => {
  const dir = path.relative(PAGES_ROOT, path.dirname(file));
  const source = fs.readFileSync(file, 'utf8');
  return { file, dir, source, path: concretePath('/beheer', dir), adminOnly: source.includes("requireTeamMember('admin'") };
});
const protectedPages = pages.filter((page) => !PUBLIC_PAGES.includes(page.dir));
const apiRoutes = walk(API_ROOT)
  .filter((file) => file.endsWith('route.ts'))
  .map((file) => ({ file, path: concretePath('/api/beheer', path.relative(API_ROOT, path.dirname(file))), source: fs.readFileSync(file, 'utf8') }));
const actionFiles = walk(PAGES_ROOT)
  .filter((file) => /\.tsx?$/.test(file) && /^\s*['"]use server['"]/.test(fs.readFileSync(file, 'utf8')))
  .map((file) => ({ file, relative: path.relative(PAGES_ROOT, file), source: fs.readFileSync(file, 'utf8') }));

test.describe('the route tree under /beheer', () => {
  test('is found and every protected page, route and action checks the role in its own code', () => {
    expect(protectedPages.length).toBeGreaterThanOrEqual(6);
    expect(apiRoutes.length).toBeGreaterThanOrEqual(1);
    expect(actionFiles.length).toBeGreaterThanOrEqual(4);
    for (const page of protectedPages) expect(page.source, page.file).toMatch(/requireTeamMember\(/);
    for (const route of apiRoutes) expect(route.source, route.file).toMatch(/authorizeApiRequest\(/);
    for (const action of actionFiles) {
      if (PUBLIC_ACTION_FILES.includes(action.relative)) continue;
      const exports = [...action.source.matchAll(/^export\s+(?:async\s+)?(?:const|function)\s+(\w+)(.*)$/gm)];
      expect(exports.length, action.file).toBeGreaterThan(0);
      for (const [, name, rest] of exports) expect(rest, `${action.file}: ${name}`).toMatch(/^\s*=\s*teamAction\('(coordinator|admin)'/);
    }
  });
});

test.describe('anonymous', () => {
  test.use(asVisitor());

  for (const page of protectedPages) {
    for (const prefix of ['', '/en']) {
      test(`GET ${prefix}${page.path} is redirected to sign-in`, async ({ request }) => {
        const response = await request.get(`${prefix}${page.path}`, { maxRedirects: 0 });
        expect(response.status()).toBe(307);
        expect(response.headers().location).toMatch(new RegExp(`^(https?://[^/]+)?${prefix}/beheer/inloggen`));
      });
    }
  }

  for (const route of apiRoutes) {
    test(`GET ${route.path} answers 401`, async ({ request }) => {
      const response = await request.get(route.path, { maxRedirects: 0 });
      expect(response.status()).toBe(401);
    });
  }

  test('the sign-in page itself is open', async ({ request }) => {
    expect((await request.get('/beheer/inloggen')).status()).toBe(200);
  });
});

test.describe('signed in as a coordinator', () => {
  test.use(asVisitor());
  let request: APIRequestContext;

  test.beforeAll(async ({ playwright }) => {
    request = await playwright.request.newContext({ baseURL: process.env.BASE_URL ?? 'http://localhost:3000', ...asVisitor() });
    await signInRequest(request, await createMember('coordinator'));
  });
  test.afterAll(async () => {
    await request.dispose();
  });

  for (const page of protectedPages.filter((page) => page.adminOnly)) {
    test(`GET ${page.path} (admin only) answers 403`, async () => {
      expect((await request.get(page.path, { maxRedirects: 0 })).status()).toBe(403);
    });
  }

  for (const page of protectedPages.filter((page) => !page.adminOnly && !page.dir.includes('['))) {
    test(`GET ${page.path} opens`, async () => {
      expect((await request.get(page.path)).status()).toBe(200);
    });
  }

  for (const route of apiRoutes) {
    test(`GET ${route.path} answers 200`, async () => {
      expect((await request.get(route.path)).status()).toBe(200);
    });
  }
});

/** Every server action of the build under /beheer, with the address of a page that carries it. */
function builtActions(): { id: string; file: string; name: string; pagePath: string }[] {
  const manifestFile = path.join(process.env.NEXT_DIST_DIR ?? '.next-test', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename.startsWith(`${PAGES_ROOT}/`))
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0]!;
      const dir = path.relative('app/[locale]/beheer', path.dirname(worker));
      return { id, file: path.relative(PAGES_ROOT, entry.filename), name: entry.exportedName, pagePath: concretePath('/beheer', dir) };
    });
}

test.describe('server actions, called directly over HTTP', () => {
  test.use(asVisitor());
  const actions = builtActions().filter((action) => !PUBLIC_ACTION_FILES.includes(action.file));

  test('every action file of the source is in the build', () => {
    const built = new Set(actions.map((action) => action.file));
    for (const file of actionFiles) if (!PUBLIC_ACTION_FILES.includes(file.relative)) expect(built, file.relative).toContain(file.relative);
  });

  for (const action of actions) {
    test(`${action.file} ${action.name}: anonymous is sent to sign-in and nothing runs`, async ({ request }) => {
      const response = await request.post(action.pagePath, {
        headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
        data: '[]',
        maxRedirects: 0,
      });
      const redirect = response.headers()['x-action-redirect'] ?? response.headers().location ?? '';
      expect(redirect).toContain('/beheer/inloggen');
    });
  }

  const adminActions = actions.filter((action) => {
    const source = fs.readFileSync(path.join(PAGES_ROOT, action.file), 'utf8');
    return new RegExp(`export const ${action.name} = teamAction\\('admin'`).test(source);
  });

  test('a coordinator calling an admin-only action gets 403', async ({ playwright }) => {
    expect(adminActions.length).toBeGreaterThanOrEqual(3);
    const request = await playwright.request.newContext({ baseURL: process.env.BASE_URL ?? 'http://localhost:3000', ...asVisitor() });
    await signInRequest(request, await createMember('coordinator'));
    for (const action of adminActions) {
      const response = await request.post(action.pagePath, {
        headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
        data: '[]',
        maxRedirects: 0,
      });
      expect(response.status(), action.name).toBe(403);
    }
    await request.dispose();
  });
});

// Every public page is valid HTML: the W3C Nu HTML checker (vnu-jar, on Java) reports no error on the
// documents the running server sends. All pages go to one Java process, which takes most of the time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const PUBLIC_PAGES = [
  '/',
  '/en',
  '/aanbod',
  '/aanbod?q=wijk&scale=local&sort=newest',
  '/en/aanbod',
  '/aanbod/aanmelden',
  '/aanbod/volgen?theme=area-based-liveability-safety',
  '/leervormen',
  '/leeragenda',
  '/leervraag',
  '/en/leervraag',
  '/leernetwerk-opzetten',
  '/leernetwerk-opzetten/nieuw?route=full',
  '/contact',
  '/privacy',
  '/toegankelijkheid',
  '/beheer/inloggen',
  '/deze-pagina-bestaat-niet',
];

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

const VNU_JAR = path.resolve('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

test('the W3C Nu HTML checker finds no error on any public page', async ({ request }) => {
  test.setTimeout(180_000);
  const catalogue = await (await request.get('/api/offerings?pageSize=1')).json();
  const pages = [...PUBLIC_PAGES, `/aanbod/${catalogue.items[0].slug}`];
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  const files = new Map<string, string>();
  try {
    for (const [index, page] of pages.entries()) {
      const response = await request.get(page);
      expect(response.headers()['content-type'], page).toContain('text/html');
      const file = path.join(folder, `page-${index}.html`);
      fs.writeFileSync(file, await response.text());
      files.set(`file:${file}`, page);
    }
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...[...files.keys()].map((url) => url.slice('file:'.length))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
    const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => `${files.get(message.url) ?? message.url}:${message.lastLine ?? '?'} ${message.message} ${message.extract ?? ''}`);
    expect(errors).toEqual([]);
    expect(files.size).toBe(pages.length);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

// The JavaScript file behind a package's command (its package.json "bin"), to run it with this Node.
import fs from 'node:fs';
import path from 'node:path';

export function packageBin(pkg: string, command = pkg.split('/').pop()!): string {
  const dir = path.resolve('node_modules', pkg);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${pkg} has no command ${command}`);
  return path.join(dir, bin);
}

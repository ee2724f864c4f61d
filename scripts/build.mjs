// Builds dist/chrome and dist/firefox from the one manifest, then a store-ready zip of each.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');

for (const target of ['chrome', 'firefox']) {
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  const zip = resolve(root, `dist/${target}.zip`);
  if (existsSync(zip)) rmSync(zip);
  // -X: no extra file attributes, so the same build zips to the same bytes.
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: resolve(root, `dist/${target}`) });
  console.log(`built dist/${target}/ and dist/${target}.zip`);
}

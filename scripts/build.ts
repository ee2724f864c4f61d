// Builds dist/chrome and dist/firefox from the one manifest, then a store-ready zip of each.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { zipDirectory } from './zip';

const root = resolve(import.meta.dirname, '..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');

for (const target of ['chrome', 'firefox']) {
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  zipDirectory(resolve(root, `dist/${target}`), resolve(root, `dist/${target}.zip`));
  console.log(`built dist/${target}/ and dist/${target}.zip`);
}

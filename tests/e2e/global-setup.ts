// Builds dist/chrome and dist/firefox once before the e2e files run: the browsers load the
// BUILT extension, never a dev build. SKIP_BUILD=1 reuses an existing build (when the caller
// has just built, as `npm test` does), but still refuses to run without one. Both e2e projects
// (e2e, e2e-policy) name this setup: run together, they build once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { removeLeftoverPolicies } from '../sandbox/browsers/managed-policy';
import { BUILD_ARGS, ROOT } from '../sandbox/paths';

export default function setup(): void {
  // A managed policy an interrupted run left would govern every browser launched after it.
  removeLeftoverPolicies();
  if (process.env.SKIP_BUILD === '1' || process.env.E2E_BUILT_BY_SETUP === '1') {
    const missing = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'].filter(
      (p) => !existsSync(resolve(ROOT, p)),
    );
    if (missing.length)
      throw new Error(`SKIP_BUILD=1 but ${missing.join(' and ')} missing: run \`npm run build\` first`);
    return;
  }
  execFileSync(process.execPath, BUILD_ARGS, { cwd: ROOT, stdio: 'inherit' });
  process.env.E2E_BUILT_BY_SETUP = '1';
}

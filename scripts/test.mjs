// `npm test`: everything CI checks, in the order that fails fastest. Each step's time is
// printed; the last line counts every test run ("N passed, N failed").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (pkg, file) => resolve(root, 'node_modules', pkg, file);
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

function vitest(project) {
  const out = resolve(results, `${project}.json`);
  return {
    name: `${project} tests`,
    args: [bin('vitest', 'vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env: project === 'e2e' ? { SKIP_BUILD: '1' } : {},
    count() {
      if (!existsSync(out)) return;
      const report = JSON.parse(readFileSync(out, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    },
  };
}

const steps = [
  { name: 'type-check', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  vitest('unit'),
  vitest('integration'),
  { name: 'build (chrome + firefox)', args: [resolve(root, 'scripts/build.mjs')] },
  { name: 'size budgets', args: [resolve(root, 'scripts/check-size.mjs')] },
  {
    name: 'web-ext lint (firefox build)',
    args: [bin('web-ext', 'bin/web-ext.js'), 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--no-input', '--output', 'text'],
  },
  { name: 'browsers present', run: () => ensureBrowsers() },
  vitest('e2e'),
];

const started = Date.now();
let ok = true;
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${step.name}`);
  const success = step.run
    ? step.run()
    : spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } }).status === 0;
  step.count?.();
  console.log(`=== ${step.name}: ${success ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!success) {
    ok = false;
    break;
  }
}
console.log(`\nAll steps took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (!ok && failed === 0) failed = 1; // a failed step that is not a test still fails the run
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

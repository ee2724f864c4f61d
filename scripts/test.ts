// `npm test`: everything CI checks, in the order that fails fastest. Each step's time is
// printed; the last line counts every test run ("N passed, N failed").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from '../tests/sandbox/browsers/install-browsers';

const root = resolve(import.meta.dirname, '..');
const bin = (pkg: string, file: string) => resolve(root, 'node_modules', pkg, file);
/** A TypeScript script of this folder, run as `npm run` runs them: node --import tsx. */
const script = (file: string) => ['--import', 'tsx', resolve(root, 'scripts', file)];

interface Step {
  name: string;
  /** node arguments, run in a child process; or `run`, in this one. */
  args?: string[];
  run?: () => boolean;
  env?: Record<string, string>;
  /** Adds the step's test counts to the totals. */
  count?: () => void;
}

const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

/** `project`'s tests, with `also` (projects that run after it, in the same report). */
function vitest(project: string, also: string[] = []): Step {
  const out = resolve(results, `${project}.json`);
  return {
    name: `${project} tests`,
    args: [
      bin('vitest', 'vitest.mjs'),
      'run',
      ...[project, ...also].flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    env: project === 'e2e' ? { SKIP_BUILD: '1' } : {},
    count() {
      if (!existsSync(out)) return;
      const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    },
  };
}

// A list inside the list runs its steps at once: the static checks are single-threaded and
// independent, and the machines CI runs on have two cores (52 s instead of 65 s here).
const steps: (Step | Step[])[] = [
  [
    {
      name: 'format (prettier --check)',
      args: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'],
    },
    { name: 'type-check', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
    { name: 'lint (eslint)', args: [bin('eslint', 'bin/eslint.js'), '--max-warnings', '0', '.'] },
  ],
  vitest('unit'),
  vitest('integration'),
  { name: 'build (chrome + firefox)', args: script('build.ts') },
  { name: 'size budgets', args: script('check-size.ts') },
  {
    // AMO's own checks (not --self-hosted, which turns the listing checks off); a warning fails.
    name: 'web-ext lint (firefox build, AMO mode)',
    args: [
      bin('web-ext', 'bin/web-ext.js'),
      'lint',
      '--source-dir',
      'dist/firefox',
      '--warnings-as-errors',
      '--no-input',
      '--output',
      'text',
    ],
  },
  { name: 'browsers present', run: () => ensureBrowsers() },
  // e2e-policy: the managed-policy file, alone once the e2e files are done (vitest.config.ts).
  vitest('e2e', ['e2e-policy']),
];

const seconds = (t0: number, t1 = Date.now()) => ((t1 - t0) / 1000).toFixed(1);
/** A step's last line: its outcome and how long it took from `t0` to `t1`. */
const report = (step: Step, success: boolean, t0: number, t1?: number) =>
  console.log(`=== ${step.name}: ${success ? 'ok' : 'FAILED'} (${seconds(t0, t1)} s)`);

/** One step, its output straight to the terminal. */
function runStep(step: Step): boolean {
  const t0 = Date.now();
  console.log(`\n=== ${step.name}`);
  const success = step.run
    ? step.run()
    : spawnSync(process.execPath, step.args ?? [], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, ...step.env },
      }).status === 0;
  step.count?.();
  report(step, success, t0);
  return success;
}

/** Steps at once, each one's output held and printed whole, in the list's order. */
async function runTogether(group: Step[]): Promise<boolean> {
  const t0 = Date.now();
  const runs = group.map(
    (step) =>
      new Promise<{ step: Step; success: boolean; output: string; t1: number }>((done) => {
        const chunks: Buffer[] = [];
        const child = spawn(process.execPath, step.args ?? [], { cwd: root, env: { ...process.env, ...step.env } });
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stderr.on('data', (c: Buffer) => chunks.push(c));
        child.on('error', (error) => chunks.push(Buffer.from(String(error))));
        child.on('close', (code) =>
          done({ step, success: code === 0, output: Buffer.concat(chunks).toString(), t1: Date.now() }),
        );
      }),
  );
  let success = true;
  for (const run of await Promise.all(runs)) {
    console.log(`\n=== ${run.step.name} (together with the others of its group)`);
    if (run.output) process.stdout.write(run.output);
    report(run.step, run.success, t0, run.t1);
    success &&= run.success;
  }
  return success;
}

const started = Date.now();
let ok = true;
for (const step of steps) {
  const success = Array.isArray(step) ? await runTogether(step) : runStep(step);
  if (!success) {
    ok = false;
    break;
  }
}
console.log(`\nAll steps took ${seconds(started)} s.`);
if (!ok && failed === 0) failed = 1; // a failed step that is not a test still fails the run
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

// The source archive AMO asks for (tracked files and the lock file, nothing generated), its
// SOURCE-REVIEW.md, and the check that the archive rebuilds dist/firefox byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Toolchain {
  os: string;
  node: string;
  npm: string;
}

export function sourceReviewText(name: string, version: string, tools: Toolchain): string {
  return `# Building ${name} ${version} from this source

This archive holds every file of the repository at this release (as \`git archive\` exports it),
the lock file included, and nothing generated. The Firefox package is built from it with one
command.

## Environment used for the uploaded build

- OS: ${tools.os}
- Node.js: ${tools.node}
- npm: ${tools.npm}

The release command rebuilt this archive on that environment and got the same bytes; use the
same major versions of Node.js (${tools.node.replace(/^v/, '').split('.')[0]}) and npm (${tools.npm.split('.')[0]}).

## Build

\`\`\`sh
npm ci && npm run build
\`\`\`

\`dist/firefox/\` is the add-on's content, and \`dist/firefox.zip\` the uploaded package, byte for
byte (the release command checks exactly this before every upload). \`dist/chrome/\` is the Chrome
and Edge package. The build needs no network beyond npm's registry and runs no browser.

## Where things are

- \`src/\`: the extension's code (TypeScript, Preact); \`manifest.json\`: its manifest, which
  \`vite.config.ts\` completes for Firefox (id, version, data collection);
- \`scripts/build.ts\`: the build: Vite for the popup and the background, esbuild then terser for
  each content script (one classic file each), a deterministic zip;
- \`THIRD-PARTY-NOTICES.txt\` in the build lists the bundled packages: preact, zod,
  webextension-polyfill, unmodified from npm (but Preact's one innerHTML write, replaced by a
  throw: scripts/build/no-inner-html.ts).
`;
}

/** The archive: the tree of `treeish` plus SOURCE-REVIEW.md at its root, as a .tar.gz. */
export function writeSourceArchive(root: string, treeish: string, review: string, out: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'source-review-'));
  try {
    const reviewFile = join(scratch, 'SOURCE-REVIEW.md');
    writeFileSync(reviewFile, review);
    execFileSync('git', ['archive', '--format=tar.gz', `--add-file=${reviewFile}`, '-o', out, treeish], { cwd: root });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every file under `dir`, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** How two folders differ, file by file; empty when they are the same byte for byte. */
export function compareTrees(expected: string, actual: string): string[] {
  const a = filesUnder(expected);
  const b = filesUnder(actual);
  const differences = [
    ...a.filter((f) => !b.includes(f)).map((f) => `missing from the rebuild: ${f}`),
    ...b.filter((f) => !a.includes(f)).map((f) => `only in the rebuild: ${f}`),
  ];
  for (const file of a.filter((f) => b.includes(f)))
    if (!readFileSync(join(expected, file)).equals(readFileSync(join(actual, file))))
      differences.push(`differs: ${file}`);
  return differences;
}

/**
 * Unpacks the archive into a clean temporary folder, runs `npm ci` and the build there, and
 * compares its dist/firefox and dist/firefox.zip with ours (`ourFirefox` and `ourFirefox`.zip).
 * Returns the differences (empty: reproducible).
 */
export function rebuildFromArchive(archive: string, ourFirefox: string, log: (line: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'release-rebuild-'));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', dir]);
    const run = (args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    log(`  npm ci in ${dir}`);
    run(['ci', '--no-audit', '--no-fund', '--prefer-offline']);
    log('  npm run build');
    run(['run', 'build']);
    const zipSame = readFileSync(`${ourFirefox}.zip`).equals(readFileSync(join(dir, 'dist/firefox.zip')));
    return [...compareTrees(ourFirefox, join(dir, 'dist/firefox')), ...(zipSame ? [] : ['differs: firefox.zip'])];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

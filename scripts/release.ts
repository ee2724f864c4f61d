// `npm run release`: checks the tree is clean and the version new, runs the tests, builds both
// packages, the source archive (with SOURCE-REVIEW.md) and checks that it rebuilds dist/firefox
// byte for byte, then writes everything into dist/release/ and prints what to upload where.
// With keys in the environment it uploads; with a private key file, it also writes a CRX3 and
// update.xml for self-hosting. Flags:
//   --dry-run            no tests, a dirty tree and a used version only warn, never uploads
//   --skip-tests         the checks and the rebuild still run
//   --crx-key <file>     (or CRX_PRIVATE_KEY_FILE) the PEM key, outside the repository
//   --crx-url <url>      (or CRX_URL) where the .crx will be served, for update.xml
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { release as osRelease, type as osType } from 'node:os';
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { dirtyFiles, homepageProblem, keyInsideRepo, versionProblems } from './release/checks';
import { rebuildFromArchive, sourceReviewText, writeSourceArchive } from './release/source';
import {
  amoMetadata,
  type Artifacts,
  uploadChrome,
  uploadFirefox,
  uploadPlan,
  uploadsReady,
  writeAmoMetadata,
  writeCrx,
} from './release/publish';

const root = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-tests': { type: 'boolean', default: false },
    'crx-key': { type: 'string' },
    'crx-url': { type: 'string' },
  },
});
const dryRun = flags['dry-run'] ?? false;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const say = (line = '') => console.log(line);
const stop = (problems: string[]): never => {
  console.error(`\nRelease stopped:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
};
/** A problem stops a release, and only warns in a dry run. */
const must = (problems: (string | null)[]) => {
  const real = problems.filter((p): p is string => p !== null);
  if (real.length === 0) return;
  if (!dryRun) stop(real);
  for (const p of real) say(`  (dry run) would stop: ${p}`);
};

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  homepage?: string;
  license: string;
};
const { version } = pkg;
say(`Release ${pkg.name} ${version}${dryRun ? ' (dry run)' : ''}`);

// 1. The tree, the version, the home page.
const dirty = dirtyFiles(git('status', '--porcelain'));
must([
  dirty.length ? `The tree is not clean (${dirty.length} changes, e.g. ${dirty[0]}): commit or stash first.` : null,
  ...versionProblems({
    version,
    changelog: readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'),
    tags: git('tag', '--list').split('\n'),
  }),
]);
// The home page is what the listings and the manifest show: a placeholder builds everything
// (for a review, a self-hosted CRX), but nothing is published with it.
const homepage = homepageProblem(pkg.homepage);
if (homepage) say(`  Warning: ${homepage} Uploads are off until it is set.`);

const keyPath = flags['crx-key'] ?? process.env.CRX_PRIVATE_KEY_FILE;
const crxUrl = flags['crx-url'] ?? process.env.CRX_URL;
if (keyPath) {
  if (!existsSync(keyPath)) stop([`No private key at ${keyPath}.`]);
  if (keyInsideRepo(root, keyPath)) stop([`The private key ${keyPath} is inside the repository: keep it outside.`]);
  if (!crxUrl) stop(['A CRX needs --crx-url (or CRX_URL): the https address update.xml will point at.']);
}

// 2. The tests (they build), then the build the packages come from.
const node = (script: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts', script)], { cwd: root, stdio: 'inherit' })
    .status === 0;
if (dryRun || flags['skip-tests']) say('\nTests skipped.');
else if (!node('test.ts')) stop(['The tests failed.']);
say('\nBuilding...');
if (!node('build.ts')) stop(['The build failed.']);

// 3. dist/release/: the packages, the source archive, its rebuild check.
const out = resolve(root, 'dist/release');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const named = (suffix: string) => resolve(out, `${pkg.name}-${version}-${suffix}`);
const artifacts: Artifacts = {
  version,
  chromeZip: named('chrome.zip'),
  firefoxZip: named('firefox.zip'),
  firefoxDir: resolve(root, 'dist/firefox'),
  sourceArchive: named('source.tar.gz'),
};
copyFileSync(resolve(root, 'dist/chrome.zip'), artifacts.chromeZip);
copyFileSync(resolve(root, 'dist/firefox.zip'), artifacts.firefoxZip);

const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
const review = sourceReviewText(pkg.name, version, {
  os: `${osType()} ${osRelease()}`,
  node: process.version,
  npm: npmVersion,
});
// A dry run on a dirty tree archives the working tree's tracked files (a stash commit, not stored).
const treeish = (dirty.length && git('stash', 'create')) || 'HEAD';
writeSourceArchive(root, treeish, review, artifacts.sourceArchive);
say(
  `\nSource archive: ${relative(root, artifacts.sourceArchive)}. Rebuilding it in a clean folder (npm ci + build)...`,
);
const differences = rebuildFromArchive(artifacts.sourceArchive, artifacts.firefoxDir, (l) => say(l));
if (differences.length) stop([`The source archive does not rebuild dist/firefox:`, ...differences]);
say('  The rebuild matches dist/firefox byte for byte.');

// 4. The self-hosted CRX, with a key from outside the repository.
if (keyPath && crxUrl) {
  artifacts.crx = { file: named('chrome.crx'), updateXml: resolve(out, 'update.xml'), url: crxUrl };
  await writeCrx(
    resolve(root, 'dist/chrome'),
    keyPath,
    { crx: artifacts.crx.file, updateXml: artifacts.crx.updateXml },
    crxUrl,
    version,
  );
  say(`CRX3 and update.xml written.`);
} else say('No --crx-key: no self-hosted CRX this time.');

// 5. Uploads, only with keys in the environment (never in the repository), never in a dry run.
const listing = readFileSync(resolve(root, 'store/firefox/listing.md'), 'utf8');
const section = (h: string) =>
  listing
    .split(/^## /m)
    .find((s) => s.startsWith(`${h}\n`))
    ?.slice(h.length)
    .trim() ?? '';
const metadata = resolve(out, 'amo-metadata.json');
writeAmoMetadata(
  metadata,
  amoMetadata(
    section('Summary'),
    section('Description'),
    pkg.license,
    readFileSync(resolve(root, 'store/reviewer-notes.md'), 'utf8'),
  ),
);
const ready = homepage ? { chrome: false, firefox: false } : uploadsReady(process.env);
const uploaded = { chrome: false, firefox: false };
if (!dryRun && ready.chrome) {
  say('\nUploading to the Chrome Web Store...');
  uploadChrome(artifacts.chromeZip, process.env);
  uploaded.chrome = true;
}
if (!dryRun && ready.firefox) {
  say('\nSubmitting to AMO...');
  uploadFirefox(resolve(root, 'node_modules/web-ext/bin/web-ext.js'), artifacts, metadata, process.env);
  uploaded.firefox = true;
}
if (!uploaded.chrome)
  say(
    '\nChrome upload skipped (needs CHROME_EXTENSION_ID, CHROME_PUBLISHER_ID, CHROME_CLIENT_ID, CHROME_CLIENT_SECRET, CHROME_REFRESH_TOKEN).',
  );
if (!uploaded.firefox) say('AMO upload skipped (needs WEB_EXT_API_KEY, WEB_EXT_API_SECRET).');

say(`\n${uploadPlan(artifacts, uploaded)}`);
say(`\nThen tag it: git tag v${version} && git push origin v${version}`);

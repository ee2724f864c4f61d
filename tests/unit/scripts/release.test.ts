// The release command's pure parts (scripts/release/): the checks before a release, the source
// archive and its byte-for-byte comparison, the CRX, and the upload plan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changelogVersions,
  dirtyFiles,
  homepageProblem,
  keyInsideRepo,
  versionProblems,
} from '../../../scripts/release/checks';
import { compareTrees, sourceReviewText, writeSourceArchive } from '../../../scripts/release/source';
import { amoMetadata, uploadPlan, uploadsReady, UPLOAD_KEYS, writeCrx } from '../../../scripts/release/publish';
import pkg from '../../../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../../..');
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describe('the version check', () => {
  const changelog = '# Changelog\n\n## 1.1.0\n\n- b\n\n## 1.0.0 - 2026-01-01\n\n- a\n';

  it('reads the changelog sections, newest first', () => {
    expect(changelogVersions(changelog)).toEqual(['1.1.0', '1.0.0']);
  });

  it('passes a new version whose section comes first', () => {
    expect(versionProblems({ version: '1.1.0', changelog, tags: ['v1.0.0'] })).toEqual([]);
  });

  it('refuses a tagged version, a version with no section, one not first, and one not dotted numbers', () => {
    expect(versionProblems({ version: '1.1.0', changelog, tags: ['v1.1.0'] })).toEqual([
      expect.stringMatching(/already tagged/),
    ]);
    expect(versionProblems({ version: '1.2.0', changelog, tags: [] })).toEqual([
      expect.stringMatching(/no "## 1\.2\.0" section/),
    ]);
    expect(versionProblems({ version: '1.0.0', changelog, tags: [] })).toEqual([
      expect.stringMatching(/newest section is 1\.1\.0/),
    ]);
    expect(versionProblems({ version: '1.1.0-beta', changelog, tags: [] })[0]).toMatch(/not major\.minor\.patch/);
  });

  it("holds the repository's own CHANGELOG.md to package.json's version", () => {
    expect(changelogVersions(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))[0]).toBe(pkg.version);
  });
});

describe('the other checks', () => {
  it('reads a dirty tree from git status --porcelain', () => {
    expect(dirtyFiles('')).toEqual([]);
    expect(dirtyFiles(' M README.md\n?? new.txt\n')).toEqual([' M README.md', '?? new.txt']);
  });

  it('wants a real GitHub repository as the home page', () => {
    expect(homepageProblem('https://github.com/acme/scim-setup-assistant')).toBeNull();
    expect(homepageProblem(undefined)).toMatch(/no "homepage"/);
    expect(homepageProblem('https://github.com/your-org/scim-setup-assistant')).toMatch(/placeholder/);
    expect(homepageProblem('http://example.com')).toMatch(/not a GitHub repository/);
  });

  it('refuses a signing key inside the repository', () => {
    expect(keyInsideRepo('/work/repo', '/work/repo/key.pem')).toBe(true);
    expect(keyInsideRepo('/work/repo', '/work/repo/dist/../secrets/key.pem')).toBe(true);
    expect(keyInsideRepo('/work/repo', '/home/me/keys/key.pem')).toBe(false);
    expect(keyInsideRepo('/work/repo', '/work/repo-keys/key.pem')).toBe(false);
  });
});

describe('the source archive', () => {
  it('says the OS, Node and npm versions and the one command', () => {
    const text = sourceReviewText('ext', '1.2.3', { os: 'Linux 6.1', node: 'v20.20.2', npm: '11.19.1' });
    expect(text).toContain('OS: Linux 6.1');
    expect(text).toContain('Node.js: v20.20.2');
    expect(text).toContain('npm: 11.19.1');
    expect(text).toContain('npm ci && npm run build');
  });

  it('holds the tracked files and SOURCE-REVIEW.md, nothing untracked or ignored', () => {
    const repo = temp('release-repo-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(repo, '.gitignore'), 'dist/\n');
    writeFileSync(join(repo, 'package-lock.json'), '{}');
    writeFileSync(join(repo, 'a.ts'), 'export {};');
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist/built.js'), 'x');
    git('add', '.gitignore', 'package-lock.json', 'a.ts');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'c');
    writeFileSync(join(repo, 'untracked.txt'), 'u');
    const archive = join(temp('release-out-'), 'src.tar.gz');
    writeSourceArchive(repo, 'HEAD', '# review\n', archive);
    const listed = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(listed).toEqual(['.gitignore', 'SOURCE-REVIEW.md', 'a.ts', 'package-lock.json']);
  });

  it('compares two builds byte for byte: missing, extra and changed files', () => {
    const a = temp('tree-a-');
    const b = temp('tree-b-');
    for (const dir of [a, b]) mkdirSync(join(dir, 'assets'));
    writeFileSync(join(a, 'assets/same.js'), 'same');
    writeFileSync(join(b, 'assets/same.js'), 'same');
    expect(compareTrees(a, b)).toEqual([]);
    writeFileSync(join(a, 'manifest.json'), '{}');
    writeFileSync(join(b, 'manifest.json'), '{ }');
    writeFileSync(join(a, 'gone.js'), '');
    writeFileSync(join(b, 'extra.js'), '');
    expect(compareTrees(a, b)).toEqual([
      'missing from the rebuild: gone.js',
      'only in the rebuild: extra.js',
      'differs: manifest.json',
    ]);
  });
});

describe('publishing', () => {
  it('uploads to a store only when all its keys are in the environment', () => {
    const all = Object.fromEntries([...UPLOAD_KEYS.chrome, ...UPLOAD_KEYS.firefox].map((k) => [k, 'x']));
    expect(uploadsReady({})).toEqual({ chrome: false, firefox: false });
    expect(uploadsReady(all)).toEqual({ chrome: true, firefox: true });
    expect(uploadsReady({ ...all, CHROME_REFRESH_TOKEN: '' })).toEqual({ chrome: false, firefox: true });
  });

  it('writes a CRX3 and an update.xml naming the version and the URL', async () => {
    const dir = temp('crx-');
    mkdirSync(join(dir, 'ext'));
    writeFileSync(join(dir, 'ext/manifest.json'), '{"manifest_version":3,"name":"t","version":"1.2.3"}');
    execFileSync('openssl', ['genrsa', '-out', join(dir, 'key.pem'), '2048'], { stdio: 'ignore' });
    const out = { crx: join(dir, 'x.crx'), updateXml: join(dir, 'update.xml') };
    await writeCrx(join(dir, 'ext'), join(dir, 'key.pem'), out, 'https://downloads.corp.example/x.crx', '1.2.3');
    expect(readFileSync(out.crx).subarray(0, 4).toString()).toBe('Cr24');
    expect(readFileSync(out.crx).readUInt32LE(4)).toBe(3);
    const xml = readFileSync(out.updateXml, 'utf8');
    expect(xml).toMatch(/<app appid="[a-p]{32}">/);
    expect(xml).toContain('codebase="https://downloads.corp.example/x.crx" version="1.2.3"');
  });

  it("gives AMO the listing's summary, description, licence and reviewer notes", () => {
    const json = JSON.parse(amoMetadata('S', 'D', 'MIT', 'N'));
    expect(json).toEqual({
      categories: { firefox: ['other'] },
      summary: { 'en-US': 'S' },
      description: { 'en-US': 'D' },
      version: { license: 'MIT', approval_notes: 'N' },
    });
  });

  it('says what to upload where, the CRX included when made', () => {
    const a = {
      version: '1.2.3',
      chromeZip: 'c.zip',
      firefoxZip: 'f.zip',
      firefoxDir: 'dist/firefox',
      sourceArchive: 's.tar.gz',
    };
    const plan = uploadPlan(a, { chrome: false, firefox: true });
    expect(plan).toMatch(/Chrome Web Store[^\n]*\n {2}package: c\.zip/);
    expect(plan).toMatch(/Firefox Add-ons[^\n]*submitted[^\n]*\n {2}package: f\.zip\n {2}source code[^\n]*s\.tar\.gz/);
    expect(plan).toMatch(/Edge Add-ons[^\n]*\n {2}package: c\.zip/);
    expect(plan).not.toContain('Self-hosted');
    expect(
      uploadPlan(
        { ...a, crx: { file: 'x.crx', updateXml: 'update.xml', url: 'https://h/x.crx' } },
        { chrome: false, firefox: false },
      ),
    ).toContain('put x.crx at https://h/x.crx');
  });
});

// The build's third-party notices and its cut of Preact's innerHTML write (scripts/build/).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNotices, noticesText, packageDirOf, readPackage } from '../../../scripts/build/notices';
import { REFUSAL, withoutInnerHtml } from '../../../scripts/build/no-inner-html';

const root = resolve(import.meta.dirname, '../../..');

describe('packageDirOf', () => {
  it.each([
    ['/r/node_modules/preact/dist/preact.mjs', '/r/node_modules/preact'],
    ['/r/node_modules/@scope/pkg/lib/x.js?commonjs-proxy', '/r/node_modules/@scope/pkg'],
    ['\0/r/node_modules/a/node_modules/b/i.js', '/r/node_modules/a/node_modules/b'],
  ])('%s belongs to %s', (id, dir) => expect(packageDirOf(id)).toBe(dir));

  it.each(['/r/src/popup/App.tsx', '\0vite/preload-helper.js', '/r/node_modules/'])('%s is ours', (id) =>
    expect(packageDirOf(id)).toBeNull(),
  );
});

describe('the notices', () => {
  it("reads a package's name, version, licence and licence file", () => {
    const zod = readPackage(join(root, 'node_modules/zod'));
    expect(zod).toMatchObject({ name: 'zod', license: 'MIT' });
    expect(zod.text).toMatch(/MIT License|Permission is hereby granted/);
  });

  it('lists each package once, sorted, after our own licence, and says when one has no file', () => {
    const pkg = (name: string, text: string | null) => ({ name, version: '1.0.0', license: 'MIT', text });
    const text = noticesText({ name: 'ours', version: '2.0.0', licence: 'OUR LICENCE' }, [
      pkg('zeta', 'Z TEXT'),
      pkg('alpha', null),
      pkg('zeta', 'Z TEXT'),
    ]);
    expect(text.startsWith('ours 2.0.0\n\nOUR LICENCE')).toBe(true);
    expect(text.indexOf('alpha 1.0.0 (MIT)')).toBeLessThan(text.indexOf('zeta 1.0.0 (MIT)'));
    expect(text.match(/zeta 1\.0\.0/g)).toHaveLength(1);
    expect(text).toContain('No licence file in the package');
  });

  it('collects packages from module ids and writes THIRD-PARTY-NOTICES.txt', () => {
    const out = mkdtempSync(join(tmpdir(), 'notices-'));
    const notices = createNotices(root);
    notices.add(['src/popup/App.tsx', 'node_modules/preact/dist/preact.mjs', 'node_modules/zod/index.js']);
    notices.write(out);
    const text = readFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(text).toMatch(/^scim-setup-assistant \d+\.\d+\.\d+\n\nMIT License/);
    expect(text).toMatch(/^preact [\d.]+ \(MIT\)$/m);
    expect(text).toMatch(/^zod [\d.]+ \(MIT\)$/m);
    expect(text).toContain('(2)');
  });

  it('ignores a module id whose package folder is gone', () => {
    const fake = mkdtempSync(join(tmpdir(), 'notices-root-'));
    mkdirSync(join(fake, 'node_modules/ghost'), { recursive: true });
    writeFileSync(join(fake, 'LICENSE'), 'L');
    writeFileSync(join(fake, 'package.json'), '{"name":"x","version":"1.0.0"}');
    const notices = createNotices(fake);
    notices.add(['node_modules/ghost/index.js']);
    notices.write(fake);
    expect(existsSync(join(fake, 'THIRD-PARTY-NOTICES.txt'))).toBe(true);
    expect(readFileSync(join(fake, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toContain('packages (0)');
  });
});

describe("Preact's innerHTML write", () => {
  const preact = readFileSync(join(root, 'node_modules/preact/dist/preact.mjs'), 'utf8');

  it('is replaced by a throw in the installed Preact, and nothing else changes', () => {
    const cut = withoutInnerHtml(preact);
    expect(cut).not.toMatch(/\.innerHTML=/);
    expect(cut).toContain(REFUSAL);
    expect(cut.replace(/\(\(\)=>\{throw Error\("[^"]+"\)\}\)\(\)/, 'X')).toBe(
      preact.replace(/\b[\w$]+\.innerHTML=[\w$]+\.__html\b/, 'X'),
    );
  });

  it('fails the build when Preact no longer has exactly one such write', () => {
    expect(() => withoutInnerHtml('a.textContent=b')).toThrow(/found 0/);
  });
});

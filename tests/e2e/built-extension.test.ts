// What the build must produce, read from dist/ (the e2e project builds first): each content
// script is one classic script, and nothing is web-accessible, so a page can neither fetch a
// file of the extension nor learn from a chunk's URL that it is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { DIST } from '../sandbox';

describe.each(Object.entries(DIST))('the built %s extension', (_name, dir) => {
  const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js: string[]; run_at?: string }[];
    web_accessible_resources?: unknown;
  };

  it('declares no web-accessible resource', () => {
    expect(built.web_accessible_resources).toBeUndefined();
  });

  it('runs the content scripts of manifest.json, on the same pages, each as one self-contained file', () => {
    expect(built.content_scripts.map(({ matches, run_at }) => ({ matches, run_at }))).toEqual(
      source.content_scripts.map(({ matches, run_at }) => ({ matches, run_at })),
    );
    for (const script of built.content_scripts) {
      expect(script.js).toHaveLength(1);
      const code = readFileSync(join(dir, script.js[0]!), 'utf8');
      // No module syntax, no loader: nothing it could fetch from the extension at run time.
      expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|getURL\(/m);
    }
  });

  it("carries the licences of the packages bundled into it, the content scripts' included", () => {
    const notices = readFileSync(join(dir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(notices).toMatch(/^scim-setup-assistant \d+\.\d+\.\d+\n\nMIT License/);
    for (const pkg of ['preact', 'zod', 'webextension-polyfill'])
      expect(notices).toMatch(new RegExp(`^${pkg} [\\d.]+ \\(`, 'm'));
  });
});

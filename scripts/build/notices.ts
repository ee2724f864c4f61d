// Third-party notices: every npm package whose code ends up in a build, with its licence text,
// written to THIRD-PARTY-NOTICES.txt in the build (so in every zip). Our own plugin rather than
// rollup-plugin-license: the content scripts are bundled by esbuild outside Rollup (vite.config.ts),
// and that plugin's peer range stops at Rollup 4, not Vite 8's Rolldown.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface Package {
  name: string;
  version: string;
  license: string;
  /** The package's licence file, verbatim; null when it ships none. */
  text: string | null;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The folder of the npm package a bundled module belongs to, or null for our own code. */
export function packageDirOf(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!.split(sep).join('/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return path.slice(0, at + '/node_modules/'.length) + rest.slice(0, depth).join('/');
}

export function readPackage(dir: string): Package {
  const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string | { type: string };
  };
  const file = readdirSync(dir).find((name) => LICENCE_FILE.test(name));
  const license = typeof json.license === 'object' ? json.license.type : (json.license ?? 'UNKNOWN');
  return { name: json.name, version: json.version, license, text: file ? readFileSync(join(dir, file), 'utf8') : null };
}

/** The notices file: our licence first, then each package once, sorted by name. */
export function noticesText(own: { name: string; version: string; licence: string }, packages: Package[]): string {
  const sorted = [...new Map(packages.map((p) => [`${p.name}@${p.version}`, p])).values()].sort((a, b) =>
    `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`),
  );
  const parts = [
    `${own.name} ${own.version}\n\n${own.licence.trim()}\n`,
    `This build includes the following third-party packages (${sorted.length}).\n`,
    ...sorted.map(
      (p) =>
        `${p.name} ${p.version} (${p.license})\n\n${p.text?.trim() ?? `No licence file in the package; its package.json says: ${p.license}.`}\n`,
    ),
  ];
  return parts.join(`\n${'-'.repeat(72)}\n\n`);
}

/**
 * Collects the bundled modules of the Rollup/Rolldown build (the plugin) and of any other
 * bundler (`add`), then writes the notices once everything is bundled (`write`).
 */
export function createNotices(root: string) {
  const dirs = new Set<string>();
  const add = (moduleIds: Iterable<string>) => {
    for (const id of moduleIds) {
      const dir = packageDirOf(resolve(root, id));
      if (dir && existsSync(join(dir, 'package.json'))) dirs.add(dir);
    }
  };
  const plugin: Plugin = {
    name: 'third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') add(Object.keys(chunk.modules));
    },
  };
  const write = (outDir: string) => {
    const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    const text = noticesText({ ...own, licence }, [...dirs].map(readPackage));
    writeFileSync(join(outDir, 'THIRD-PARTY-NOTICES.txt'), text);
  };
  return { plugin, add, write };
}

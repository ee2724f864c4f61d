import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { minify } from 'terser';
import { build as viteBuild, defineConfig, type Plugin, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import chromeManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { noInnerHtml } from './scripts/build/no-inner-html.ts';
import { createNotices } from './scripts/build/notices.ts';
import { SITE_SCRIPTS, siteScriptEntry, type Site } from './src/core/site-scripts.ts';

export type Target = 'chrome' | 'firefox';

/**
 * The add-on's permanent id on AMO, in admins' policies.json and in Firefox tests: chosen once
 * (a random UUID, the usual form without a domain of our own) and never to change.
 */
export const GECKO_ID = '{c3da358d-b71a-4f6d-9840-048fce59a047}';

/**
 * Mozilla's data categories the extension transmits outside the browser (to the admin's own
 * Trelica): store/firefox/data-collection.md says why these and no others.
 */
export const FIREFOX_DATA_COLLECTION = ['authenticationInfo', 'personallyIdentifyingInfo'];

/**
 * manifest.json is the Chrome MV3 manifest and the single source of truth, but for two facts
 * that live in package.json: the version and the project's home page. Firefox gets the same
 * manifest with an event-page background and the gecko settings Firefox requires.
 */
export function manifestFor(target: Target): ManifestV3Export {
  const common = { ...chromeManifest, version: pkg.version, homepage_url: pkg.homepage };
  if (target === 'chrome') return common as ManifestV3Export;
  const { service_worker, type } = chromeManifest.background;
  // Firefox reads a managed policy from policies.json ("3rdparty"), not through a schema, and
  // has no minimum_chrome_version.
  const { storage: _policySchema, minimum_chrome_version: _chromeOnly, ...firefox } = common;
  return {
    ...firefox,
    background: { scripts: [service_worker], type },
    // 140: the first to read data_collection_permissions, and the ESR before 153, which fleets
    // may still run (Debian 12 shipped it until 153). Firefox for Android reads the key from 142;
    // the listing is desktop-only, but AMO's linter checks the Android minimum all the same.
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: FIREFOX_DATA_COLLECTION },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

/** Where each content script's single file lands in the build: content/<site>.js. */
export function contentScriptFile(entry: string): string {
  const site = /src\/content\/([\w-]+)\/index\.ts$/.exec(entry)?.[1];
  if (!site) throw new Error(`content script entry not of the form src/content/<site>/index.ts: ${entry}`);
  return `content/${site}.js`;
}

/** One classic script from an entry: esbuild bundles it, terser shrinks it again. */
async function oneClassicScript(entry: string, notices: ReturnType<typeof createNotices>): Promise<string> {
  const bundled = await esbuild({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    metafile: true,
  });
  notices.add(Object.keys(bundled.metafile.inputs));
  // A second, slower minifier pass: ~5% smaller again, for scripts held to 12 KB gzip.
  const { code } = await minify(bundled.outputFiles[0]!.text, { compress: { passes: 3 }, ecma: 2020 });
  return code ?? '';
}

/** Where the background lands in the build. */
export const BACKGROUND_FILE = 'background.js';

/**
 * The background ships as ONE module too. Built with the popup, it shared a chunk with it, and
 * two files compress worse than one: about 1.6 KB gzip of its 30 KB budget. A service worker
 * cannot import() anyway, so nothing is lost by keeping it whole.
 */
async function oneBackgroundModule(entry: string, notices: ReturnType<typeof createNotices>): Promise<string> {
  const built = await viteBuild({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: resolve(import.meta.dirname, entry),
        output: { format: 'es', minify: true, entryFileNames: BACKGROUND_FILE },
      },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`the background built as ${chunks.length} files, not one`);
  notices.add(Object.keys(chunks[0]!.modules));
  // Rolldown's minifier, then terser's slower compressor over the whole module: about 600 bytes
  // gzip of a background held to 30 KB (a third pass still finds ~100; a fourth, nothing).
  // Single quotes throughout (the same strings, written alike) compress ~20 bytes smaller.
  const { code } = await minify(chunks[0]!.code, {
    module: true,
    compress: { passes: 3 },
    ecma: 2020,
    format: { quote_style: 1 },
  });
  if (!code) throw new Error('terser returned no background');
  return code;
}

/**
 * Each content script ships as ONE classic script, not crxjs's loader plus chunks: chunks must
 * be web-accessible, which lets any page fetch them and learn the extension is installed, and
 * split chunks compress worse than one whole file. That holds for the manifest's content script
 * (the early one) and for each site's script, which the background injects from the package
 * (src/core/site-scripts.ts): a file injected by scripting.executeScript needs no web access.
 * crxjs builds everything else from a manifest without content scripts; this writes them in.
 */
function contentScriptsAsOneFile(target: Target, notices: ReturnType<typeof createNotices>): Plugin {
  const outDir = resolve(import.meta.dirname, 'dist', target);
  return {
    name: 'content-scripts-as-one-file',
    apply: 'build',
    async closeBundle() {
      const manifestPath = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      const write = async (entry: string): Promise<string> => {
        const file = contentScriptFile(entry);
        mkdirSync(dirname(resolve(outDir, file)), { recursive: true });
        writeFileSync(resolve(outDir, file), await oneClassicScript(entry, notices));
        return file;
      };
      const scripts = [];
      for (const script of chromeManifest.content_scripts) {
        const [entry, ...more] = script.js;
        if (!entry || more.length > 0) throw new Error('one entry per content script');
        scripts.push({ ...script, js: [await write(entry)] });
      }
      for (const [site, file] of Object.entries(SITE_SCRIPTS) as [Site, string][]) {
        const built = await write(siteScriptEntry(site));
        if (built !== file) throw new Error(`site script ${site} built as ${built}, but injected as ${file}`);
      }
      writeFileSync(
        resolve(outDir, BACKGROUND_FILE),
        await oneBackgroundModule(chromeManifest.background.service_worker, notices),
      );
      const background =
        target === 'chrome'
          ? { service_worker: BACKGROUND_FILE, type: 'module' }
          : { scripts: [BACKGROUND_FILE], type: 'module' };
      writeFileSync(manifestPath, `${JSON.stringify({ ...built, background, content_scripts: scripts }, null, 2)}\n`);
      // Last, once every bundler has run: the licences of all the packages bundled.
      notices.write(outDir);
    },
  };
}

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const {
  content_scripts: _builtSeparately,
  background: _builtAlone,
  ...forCrx
} = manifestFor(target) as ManifestV3Export & { content_scripts?: unknown; background?: unknown };

const notices = createNotices(import.meta.dirname);

export default defineConfig({
  plugins: [
    noInnerHtml(),
    preact(),
    crx({ manifest: forCrx as ManifestV3Export, browser: target }),
    notices.plugin,
    contentScriptsAsOneFile(target, notices),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // The popup is held to a gzip budget too (scripts/check-size.ts), as is the background.
    minify: true,
    sourcemap: false,
    target: 'es2022',
  },
});

// Size budgets (gzip) of the built Chrome extension: each content script with everything it
// loads, the background, and the popup's JavaScript. Prints a table; exits 1 over budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_SCRIPTS } from '../src/core/site-scripts';

const KB = 1024;
// The early script runs on every console page, served or not: what it costs there is the
// extension's whole cost, so it is held to a fraction of a site script.
// The background's was 30 KB while it served one IdP. Okta's message family and handlers, the
// IdP choice and its run-time host access, and the SCIM dialects of three IdPs took it to 32.1 KB
// after two rounds of cutting (zod/mini is about 7 KB of it): 33 KB, until a lighter validator
// of the pages' messages wins the rest back (README, Development).
export const BUDGETS = { early: 3 * KB, content: 12 * KB, background: 33 * KB, popup: 40 * KB };

const dist = resolve(import.meta.dirname, '../dist/chrome');

/** Root-relative references ("/assets/x.js") are relative to the extension's root. */
const resolveRef = (from: string, spec: string): string =>
  spec.startsWith('/') ? join(dist, spec) : resolve(dirname(from), spec);

/** A JS file and every local module it imports, statically or dynamically, transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  // A script that loads another through chrome.runtime.getURL("...") needs it too.
  specifiers.push(...[...code.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => `/${m[1]}`));
  for (const spec of specifiers) {
    closure(resolveRef(file, spec), seen);
  }
  return seen;
}

const gz = (files: Iterable<string>): number =>
  [...files].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

interface BuiltManifest {
  content_scripts: Array<{ matches: string[]; js: string[] }>;
  background: { service_worker: string };
  action: { default_popup: string };
}

export interface SizeRow {
  what: string;
  /** gzip bytes, with everything it loads. */
  bytes: number;
  budget: number;
}

/** gzip bytes of each content script, the background and the popup JS (with everything each loads). */
export function measure(): SizeRow[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as BuiltManifest;
  const rows: SizeRow[] = [];
  // The manifest's (the early script, on every console page) and each site's, which the
  // background injects from the package.
  for (const js of [...manifest.content_scripts.flatMap((cs) => cs.js), ...Object.values(SITE_SCRIPTS)]) {
    const early = manifest.content_scripts.some((cs) => cs.js.includes(js));
    rows.push({
      what: `content script ${js}`,
      bytes: gz(closure(join(dist, js))),
      budget: early ? BUDGETS.early : BUDGETS.content,
    });
  }
  rows.push({
    what: 'background',
    bytes: gz(closure(join(dist, manifest.background.service_worker))),
    budget: BUDGETS.background,
  });
  const popupHtml = join(dist, manifest.action.default_popup);
  const html = readFileSync(popupHtml, 'utf8');
  const refs = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)],
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)],
  ].map((m) => m[1]!);
  const popupFiles = new Set(refs.flatMap((ref) => [...closure(resolveRef(popupHtml, ref))]));
  rows.push({ what: 'popup JS', bytes: gz(popupFiles), budget: BUDGETS.popup });
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  let over = false;
  for (const r of rows) {
    const flag = r.bytes > r.budget ? 'OVER BUDGET' : 'ok';
    over ||= r.bytes > r.budget;
    console.log(`${r.what.padEnd(48)} ${(r.bytes / KB).toFixed(1).padStart(6)} KB gzip / ${r.budget / KB} KB  ${flag}`);
  }
  process.exit(over ? 1 : 0);
}

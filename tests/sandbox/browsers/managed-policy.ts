// The organization's managed policy, applied to a browser the way IT applies it, before the
// browser starts: Chromium reads JSON files in /etc/chromium/policies/managed/ (Debian's
// Chromium; the extension's keys under "3rdparty" > "extensions" > its id), Firefox reads
// policies.json in the "distribution" folder beside its binary ("3rdparty" > "Extensions" >
// its gecko id). Both folders belong to root: where they cannot be written, `canApply` says
// why and the tests that need a policy are skipped, saying so.
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST } from '../paths';
import { firefoxPath } from './find-browsers';
import { readBuiltManifest } from './manifest';
import type { BrowserName } from './types';

const CHROMIUM_POLICIES = '/etc/chromium/policies/managed';
const OURS = 'scim-setup-assistant-e2e.json';

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 over its absolute
 * path, written with the letters a to p (one per hex digit).
 */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function firefoxPoliciesFile(): string {
  return join(dirname(realpathSync(firefoxPath())), 'distribution', 'policies.json');
}

function writableDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return `${dir} is not writable (${(error as Error).message}): run as root to apply a managed policy`;
  }
}

/** null when a policy can be applied to this browser here; otherwise why not. */
export function cannotApply(browser: BrowserName): string | null {
  if (browser === 'chromium') return writableDir(CHROMIUM_POLICIES);
  const file = firefoxPoliciesFile();
  const problem = writableDir(dirname(file));
  if (problem) return problem;
  // Someone's own policies.json is never overwritten.
  if (existsSync(file) && !readFileSync(file, 'utf8').includes(OURS)) return `${file} exists and is not ours`;
  return null;
}

/** Writes the policy where `browser` reads it at start; returns what removes it again. */
export function applyManagedPolicy(browser: BrowserName, policy: Record<string, unknown>): () => void {
  const problem = cannotApply(browser);
  if (problem) throw new Error(problem);
  if (browser === 'chromium') {
    const file = join(CHROMIUM_POLICIES, OURS);
    writeFileSync(
      file,
      JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(DIST.chromium)]: policy } } }, null, 2),
    );
    return () => rmSync(file, { force: true });
  }
  const geckoId = readBuiltManifest(DIST.firefox).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('dist/firefox/manifest.json has no gecko id');
  const file = firefoxPoliciesFile();
  writeFileSync(
    file,
    JSON.stringify({ comment: OURS, policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } }, null, 2),
  );
  return () => rmSync(file, { force: true });
}

/** Removes a policy an interrupted run left behind (called before the e2e files run). */
export function removeLeftoverPolicies(): void {
  rmSync(join(CHROMIUM_POLICIES, OURS), { force: true });
  try {
    const file = firefoxPoliciesFile();
    if (existsSync(file) && readFileSync(file, 'utf8').includes(OURS)) rmSync(file, { force: true });
  } catch {
    // No Firefox here: nothing to remove.
  }
}

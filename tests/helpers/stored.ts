// Stored state for the migration and fuzz tests: a sample of every shape each registered key
// (core/stored/registry.ts) was written in, values that are almost right, and the background
// wired over storage areas as background/index.ts wires it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createBackground } from '../../src/background/handlers';
import { createJournalStore } from '../../src/background/journal-store';
import { createProgressStore } from '../../src/background/progress-store';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { createRunGate } from '../../src/core/run-gate';
import type { StoredKey } from '../../src/core/stored/read';
import { STORED_KEYS } from '../../src/core/stored/registry';
import type { RequestOf, RequestType } from '../../src/core/messages';
import type { SenderKind } from '../../src/core/sender';
import { fakeStorageArea, type FakeStorageArea } from './fake-storage';

/** tests/fixtures/stored/<name>.json (from the project root: happy-dom gives modules http URLs). */
export const storedFixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/stored', `${name}.json`), 'utf8'));

/** Valid samples of each key, every released shape; a key without fixtures has its default. */
const SAMPLES: Record<string, unknown[]> = {
  progress: [1, 2, 3, 4, 5, 6].map((v) => storedFixture(`progress-v${v}`)),
  vault: [1, 2].map((v) => storedFixture(`vault-v${v}`)),
  resetNote: [{ reset: ['the last rehearsal'] }],
  journal: [storedFixture('journal-v1')],
};
export const samplesOf = (entry: StoredKey<unknown>): unknown[] => SAMPLES[entry.key] ?? [entry.fallback];

/** Every path into a JSON value, the value itself ([]) included. */
function pathsOf(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return [path, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
}

function replaceAt(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(value) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]!] = by;
  return copy;
}

/** A valid sample with one part (a field, an entry, an element, or all of it) replaced by random JSON. */
export const nearMiss = (entry: StoredKey<unknown>): fc.Arbitrary<unknown> =>
  fc
    .constantFrom(...samplesOf(entry))
    .chain((sample) => fc.tuple(fc.constant(sample), fc.constantFrom(...pathsOf(sample)), fc.jsonValue()))
    .map(([sample, path, by]) => replaceAt(sample, path, by));

/** Anything a storage area could hold for this key: random JSON, a near miss, a sample, nothing. */
export const storedValue = (entry: StoredKey<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(fc.jsonValue(), nearMiss(entry), fc.constantFrom(...samplesOf(entry)), fc.constant(undefined));

/** Both areas with every registered key filled by `storedValue`. */
export const storedAreas = fc
  .tuple(...STORED_KEYS.map((entry) => storedValue(entry as StoredKey<unknown>)))
  .map((values) => {
    const areas = { local: {} as Record<string, unknown>, session: {} as Record<string, unknown> };
    STORED_KEYS.forEach((entry, i) => {
      if (values[i] !== undefined) areas[entry.area][entry.key] = values[i];
    });
    return areas;
  });

export const OWN = { id: 'own', baseUrl: 'chrome-extension://own/' };
export const SENDER_FOR: Record<SenderKind, Sender> = {
  extension: { id: OWN.id, url: `${OWN.baseUrl}src/popup/index.html` },
  trelica: { id: OWN.id, url: 'https://app.trelica.com/settings', frameId: 0, tab: { id: 1 } },
  jumpcloud: { id: OWN.id, url: 'https://console.jumpcloud.com/#/sso/1', frameId: 0, tab: { id: 2 } },
  okta: {
    id: OWN.id,
    url: 'https://acme-admin.okta.com/admin/app/acme_trelica_1/instance/0oa1/#tab-user-management',
    frameId: 0,
    tab: { id: 3 },
  },
  entra: {
    id: OWN.id,
    url: 'https://sandbox-1.reactblade.portal.azure.net/provisioning',
    frameId: 4,
    tab: { id: 5, url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning' },
  },
};

const BASE = 'https://app.trelica.com/api/scim/v2';
const TOKEN = 'tk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const FORM = { baseUrl: BASE, token: TOKEN, testEmail: 'scim-test@example.com' };
const LOCATOR = { id: 'credential-7', label: 'Token Key' };

/** One well-formed request of every type (a new type without one here fails to compile). */
export const VALID_REQUESTS: { [T in RequestType]: RequestOf<T> } = {
  'trelica/capture': { type: 'trelica/capture', baseUrl: BASE, token: TOKEN, scimState: 'enabled' },
  'trelica/page': { type: 'trelica/page', scimState: 'enabled', defaultRole: 'Employee' },
  'trelica/domains': { type: 'trelica/domains', domains: ['example.com'] },
  'jumpcloud/fill': { type: 'jumpcloud/fill' },
  'jumpcloud/observation': { type: 'jumpcloud/observation', groupManagement: 'off', boundGroups: 1 },
  'jumpcloud/outcome': { type: 'jumpcloud/outcome', action: 'test-connection', text: 'Connection successful' },
  'jumpcloud/about-to': { type: 'jumpcloud/about-to', action: 'activate', ...FORM },
  'jumpcloud/find-out-why': { type: 'jumpcloud/find-out-why', action: 'test-connection', ...FORM },
  'jumpcloud/filled': { type: 'jumpcloud/filled', results: [{ field: 'base-url', outcome: 'filled' }] },
  'trelica/remember-field': { type: 'trelica/remember-field', field: 'token', locator: LOCATOR },
  'jumpcloud/remember-field': { type: 'jumpcloud/remember-field', field: 'token', locator: LOCATOR },
  'trelica/remembered': { type: 'trelica/remembered' },
  'trelica/start': { type: 'trelica/start' },
  'jumpcloud/start': { type: 'jumpcloud/start' },
  'okta/fill': { type: 'okta/fill' },
  'okta/observation': {
    type: 'okta/observation',
    fields: { 'base-url': 'filled' },
    pushGroups: 'off',
    toApp: { create: true, update: true, deactivate: true },
  },
  'okta/outcome': { type: 'okta/outcome', action: 'test-connection', text: 'Connector configured successfully' },
  'okta/filled': { type: 'okta/filled', results: [{ field: 'base-url', outcome: 'filled' }], pushGroups: 'off' },
  'okta/about-to': { type: 'okta/about-to', action: 'test-connection', baseUrl: BASE, token: TOKEN },
  'okta/find-out-why': { type: 'okta/find-out-why', action: 'test-connection', baseUrl: BASE, token: TOKEN },
  'okta/remember-field': { type: 'okta/remember-field', field: 'token', locator: LOCATOR },
  'okta/start': { type: 'okta/start' },
  'entra/fill': { type: 'entra/fill' },
  'entra/observation': {
    type: 'entra/observation',
    ui: 'classic',
    app: 'non-gallery',
    fields: { 'base-url': 'filled' },
    groups: 'off',
    status: 'on',
  },
  'entra/outcome': {
    type: 'entra/outcome',
    action: 'test-connection',
    text: 'The supplied credentials are authorized to enable provisioning',
  },
  'entra/filled': { type: 'entra/filled', results: [{ field: 'base-url', outcome: 'filled' }], ui: 'new' },
  'entra/about-to': { type: 'entra/about-to', action: 'test-connection', baseUrl: BASE, token: TOKEN },
  'entra/find-out-why': { type: 'entra/find-out-why', action: 'test-connection', baseUrl: BASE, token: TOKEN },
  'entra/remember-field': { type: 'entra/remember-field', field: 'token', locator: LOCATOR },
  'entra/start': { type: 'entra/start' },
  'popup/get-state': { type: 'popup/get-state' },
  'popup/set-credentials': { type: 'popup/set-credentials', ...FORM },
  'popup/forget-token': { type: 'popup/forget-token' },
  'popup/dismiss-reset-note': { type: 'popup/dismiss-reset-note' },
  'popup/forget-field': { type: 'popup/forget-field', origin: 'https://console.jumpcloud.com', field: 'token' },
  'popup/check-provisioning': { type: 'popup/check-provisioning', baseUrl: BASE },
  'popup/test-connection': { type: 'popup/test-connection', baseUrl: BASE },
  'popup/rehearse': { type: 'popup/rehearse', baseUrl: BASE, testEmail: 'scim-test@example.com' },
  'popup/remove-test-users': { type: 'popup/remove-test-users' },
  'popup/dismiss-notes': { type: 'popup/dismiss-notes' },
  'popup/tick': { type: 'popup/tick', step: 'save', done: true },
  'popup/choose-idp': { type: 'popup/choose-idp', idp: 'okta' },
};

/** The whole background over these areas, wired as background/index.ts wires it (no network),
 *  once its start (the journal's sweep) is done. */
export async function backgroundOver(areas: { local?: Record<string, unknown>; session?: Record<string, unknown> }) {
  const local: FakeStorageArea = fakeStorageArea(areas.local);
  const session: FakeStorageArea = fakeStorageArea(areas.session);
  const progress = createProgressStore(local);
  const background = createBackground({
    vault: createVault(session, Date.now, undefined, progress.notes),
    progress,
    journal: createJournalStore(local, progress.notes),
    gate: createRunGate(),
    instance: 'this-background',
    fetch: () => Promise.reject(new TypeError('no network here')),
    now: Date.now,
    hasHostAccess: async () => true,
    // The injection itself is the browser's: here it succeeds, so every start is answered.
    startScript: async () => undefined,
  });
  await background.start().catch(() => undefined);
  return { route: createRouter(background.handlers, OWN), local, session };
}

// What the stores and this project ask of the manifests: least privilege, exact hosts, icons
// that exist at the declared sizes, and a Firefox variant derived from the one manifest.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { contentScriptFile, GECKO_ID, manifestFor } from '../../vite.config';
import { SITE_SCRIPTS, siteScriptEntry, type Site } from '../../src/core/site-scripts';
import { ENTRA_HOST_PATTERNS, HOST_PERMISSION_PATTERNS, OKTA_HOST_PATTERNS } from '../../src/core/hosts';

const root = resolve(import.meta.dirname, '../..');

function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('manifest.json', () => {
  it('asks for storage and scripting only, and exactly the five https hosts', () => {
    // scripting injects each site's script where the early script saw a page we serve; with
    // no install warning of its own in either browser, it adds nothing to what the host
    // permissions already say (README, "Permissions, and why").
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"tabs"|"activeTab"|"webNavigation"|http:\/\//);
    expect(manifest.host_permissions.every((h) => /^https:\/\/[a-z.]+\/\*$/.test(h))).toBe(true);
  });

  it("keeps the five Trelica and JumpCloud hosts install-time, and asks for Okta's and Entra ID's at run time only", () => {
    expect(manifest.host_permissions).toEqual([...HOST_PERMISSION_PATTERNS]);
    expect(manifest.host_permissions).toHaveLength(5);
    expect(manifest.optional_host_permissions).toEqual([...OKTA_HOST_PATTERNS, ...ENTRA_HOST_PATTERNS]);
    // No optional API permission, and nothing of Okta's or Entra's install-time.
    expect('optional_permissions' in manifest).toBe(false);
    expect(JSON.stringify([manifest.host_permissions, manifest.content_scripts])).not.toMatch(/okta|azure|microsoft/);
  });

  it('declares one content script, the early one at document_start, and no web-accessible resource', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: manifest.host_permissions, js: ['src/content/early/index.ts'], run_at: 'document_start' },
    ]);
    expect('web_accessible_resources' in manifest).toBe(false);
  });

  it("builds each site's script from the entry it is injected from", () => {
    for (const [site, file] of Object.entries(SITE_SCRIPTS) as [Site, string][]) {
      expect(contentScriptFile(siteScriptEntry(site))).toBe(file);
      expect(existsSync(resolve(root, siteScriptEntry(site)))).toBe(true);
    }
  });

  it.each(Object.entries({ ...manifest.icons, ...manifest.action.default_icon }))(
    'icon %s px exists at that size',
    (size, path) => {
      expect(pngSize(resolve(root, 'public', path))).toEqual([Number(size), Number(size)]);
    },
  );

  it('names itself through the locale file', () => {
    const messages = JSON.parse(readFileSync(resolve(root, 'public/_locales/en/messages.json'), 'utf8'));
    for (const key of [manifest.name, manifest.short_name, manifest.description]) {
      const id = key.replace(/^__MSG_(\w+)__$/, '$1');
      expect(messages[id]?.message).toBeTruthy();
    }
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});

describe('the built Chrome manifest', () => {
  const chrome = manifestFor('chrome') as unknown as Record<string, unknown>;

  it('takes its version from package.json, the one place it lives', () => {
    expect('version' in manifest).toBe(false);
    expect(chrome.version).toBe(pkg.version);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("links the project's home page, from package.json too", () => {
    expect(chrome.homepage_url).toBe(pkg.homepage);
    expect(pkg.repository.url).toBe(`git+${pkg.homepage}.git`);
  });

  it('asks for Chrome 102, the first with storage.session (where the token lives)', () => {
    expect(chrome.minimum_chrome_version).toBe('102');
  });
});

describe('the Firefox manifest', () => {
  const firefox = manifestFor('firefox') as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('runs the same background as an event page, with the gecko settings Firefox requires', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  });

  it('installs on Firefox ESR 140, the first Firefox to read its data collection permissions', () => {
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required.length).toBeGreaterThan(0);
    // Firefox for Android reads them from 142: AMO's linter warns below that.
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it("asks for Okta's and Entra ID's hosts at run time through the same MV3 key (Firefox supports it since 128)", () => {
    expect(firefox.optional_host_permissions).toEqual([...OKTA_HOST_PATTERNS, ...ENTRA_HOST_PATTERNS]);
    expect(firefox.optional_permissions).toBeUndefined();
  });

  it('has a permanent GUID-style id, not an example domain', () => {
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
  });

  it('has no managed-storage schema (Firefox reads the policy from policies.json) nor a Chrome version', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect('storage' in firefox).toBe(false);
    expect('minimum_chrome_version' in firefox).toBe(false);
  });

  it('differs from the Chrome manifest in nothing else', () => {
    const { background: _b, browser_specific_settings: _s, ...rest } = firefox;
    const {
      background: _c,
      storage: _m,
      minimum_chrome_version: _v,
      ...chromeRest
    } = manifestFor('chrome') as unknown as typeof manifest;
    expect(rest).toEqual(chromeRest);
  });
});

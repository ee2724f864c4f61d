// What the stores and this project ask of the manifests: least privilege, exact hosts, icons
// that exist at the declared sizes, and a Firefox variant derived from the one manifest.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { contentScriptFile, GECKO_ID, manifestFor } from '../../vite.config';
import { SITE_SCRIPTS, siteScriptEntry, type Site } from '../../src/core/site-scripts';

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

describe('the Firefox manifest', () => {
  const firefox = manifestFor('firefox') as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  it('runs the same background as an event page, with the gecko settings Firefox requires', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has no managed-storage schema: Firefox reads the policy from policies.json', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect('storage' in firefox).toBe(false);
  });

  it('differs from the Chrome manifest in nothing else', () => {
    const { background: _b, browser_specific_settings: _s, ...rest } = firefox;
    const { background: _c, storage: _m, ...chromeRest } = manifest;
    expect(rest).toEqual(chromeRest);
  });
});

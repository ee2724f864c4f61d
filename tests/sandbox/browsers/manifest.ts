// Facts read from the BUILT manifest, so the tests exercise what was actually built.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltManifest {
  action?: { default_popup?: string };
  host_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

export function readBuiltManifest(extensionDir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** The popup's path inside the extension, e.g. "src/popup/index.html". */
export function popupPath(extensionDir: string): string {
  const popup = readBuiltManifest(extensionDir).action?.default_popup;
  if (!popup) throw new Error(`${extensionDir}/manifest.json has no action.default_popup`);
  return popup.replace(/^\//, '');
}

/**
 * A copy of a built extension whose optional hosts are install-time ones: for Chromium, whose
 * permission prompt no driver can answer (BrowserOptions.grantOptionalHosts). The caller removes
 * the folder it returns.
 */
export function withOptionalHostsGranted(extensionDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'scim-ext-granted-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifest = readBuiltManifest(copy);
  const optional = manifest.optional_host_permissions ?? [];
  if (optional.length === 0) throw new Error(`${extensionDir}/manifest.json has no optional_host_permissions`);
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...optional];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return copy;
}

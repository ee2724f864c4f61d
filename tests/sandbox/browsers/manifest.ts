// Facts read from the BUILT manifest, so the tests exercise what was actually built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltManifest {
  action?: { default_popup?: string };
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

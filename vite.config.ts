import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import chromeManifest from './manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

/** The one gecko id: Firefox tests pin the popup's moz-extension:// URL through it. */
export const GECKO_ID = 'scim-setup-assistant@trelica-jumpcloud.example';

/**
 * manifest.json is the Chrome MV3 manifest and the single source of truth; Firefox gets
 * the same manifest with an event-page background and the gecko settings Firefox requires.
 */
export function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return chromeManifest as ManifestV3Export;
  const { service_worker, type } = chromeManifest.background;
  return {
    ...chromeManifest,
    background: { scripts: [service_worker], type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // The extension collects and transmits no personal data to its authors.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    // Readable stack traces matter more than bytes here; store review also prefers it.
    minify: true,
    sourcemap: false,
    target: 'es2022',
  },
});

// What the release does with the built packages: the self-hosted CRX3 and update.xml (with a
// private key kept outside the repository), the store uploads (with keys from the environment),
// and the list of what to upload where when it does not upload itself.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Artifacts {
  version: string;
  chromeZip: string;
  firefoxZip: string;
  firefoxDir: string;
  sourceArchive: string;
  crx?: { file: string; updateXml: string; url: string } | undefined;
}

/** Writes the CRX3 of `extensionDir` signed with `keyPath`, and the update.xml that serves it from `crxUrl`. */
export async function writeCrx(
  extensionDir: string,
  keyPath: string,
  out: { crx: string; updateXml: string },
  crxUrl: string,
  version: string,
): Promise<void> {
  // crx3 is CommonJS; its API takes the manifest's path and writes the files named.
  const crx3 = createRequire(import.meta.url)('crx3') as (
    files: string[],
    options: Record<string, string>,
  ) => Promise<void>;
  await crx3([`${extensionDir}/manifest.json`], {
    keyPath,
    crxPath: out.crx,
    xmlPath: out.updateXml,
    crxURL: crxUrl,
    appVersion: version,
    browserVersion: '102',
  });
}

/** The environment variables each upload needs; an upload runs only when all of its are set. */
export const UPLOAD_KEYS = {
  chrome: [
    'CHROME_EXTENSION_ID',
    'CHROME_PUBLISHER_ID',
    'CHROME_CLIENT_ID',
    'CHROME_CLIENT_SECRET',
    'CHROME_REFRESH_TOKEN',
  ],
  firefox: ['WEB_EXT_API_KEY', 'WEB_EXT_API_SECRET'],
} as const;

export function uploadsReady(env: NodeJS.ProcessEnv): Record<keyof typeof UPLOAD_KEYS, boolean> {
  return {
    chrome: UPLOAD_KEYS.chrome.every((k) => env[k]),
    firefox: UPLOAD_KEYS.firefox.every((k) => env[k]),
  };
}

/** chrome-webstore-upload-cli, pinned, fetched by npx only when a Chrome upload runs. */
export const CHROME_UPLOAD_CLI = 'chrome-webstore-upload-cli@4.0.2';

/** Uploads the Chrome zip (not published: the listing's "Submit for review" stays a person's). */
export function uploadChrome(zip: string, env: NodeJS.ProcessEnv): void {
  // Secrets go through the environment, never the command line (which `ps` shows).
  execFileSync('npx', ['--yes', CHROME_UPLOAD_CLI, 'upload', '--source', zip], {
    stdio: 'inherit',
    env: {
      ...env,
      EXTENSION_ID: env.CHROME_EXTENSION_ID,
      PUBLISHER_ID: env.CHROME_PUBLISHER_ID,
      CLIENT_ID: env.CHROME_CLIENT_ID,
      CLIENT_SECRET: env.CHROME_CLIENT_SECRET,
      REFRESH_TOKEN: env.CHROME_REFRESH_TOKEN,
    },
  });
}

/** Submits the Firefox build to AMO's listed channel with its source archive and metadata. */
export function uploadFirefox(webExt: string, a: Artifacts, amoMetadata: string, env: NodeJS.ProcessEnv): void {
  // web-ext reads WEB_EXT_API_KEY and WEB_EXT_API_SECRET from the environment itself.
  execFileSync(
    process.execPath,
    [
      webExt,
      'sign',
      '--source-dir',
      a.firefoxDir,
      '--channel',
      'listed',
      '--upload-source-code',
      a.sourceArchive,
      '--amo-metadata',
      amoMetadata,
      '--approval-timeout',
      '0',
      '--no-input',
    ],
    { stdio: 'inherit', env },
  );
}

/** AMO's metadata for a listed submission (used on the first one; later ones keep the listing's). */
export function amoMetadata(summary: string, description: string, license: string, notes: string): string {
  return `${JSON.stringify(
    {
      categories: { firefox: ['other'] },
      summary: { 'en-US': summary },
      description: { 'en-US': description },
      version: { license, approval_notes: notes },
    },
    null,
    2,
  )}\n`;
}

export function writeAmoMetadata(path: string, text: string): void {
  writeFileSync(path, text);
}

/** What to upload where, for a person doing it by hand. */
export function uploadPlan(a: Artifacts, uploaded: { chrome: boolean; firefox: boolean }): string {
  const lines = [
    `Release ${a.version}: what goes where`,
    '',
    `Chrome Web Store (https://chrome.google.com/webstore/devconsole)${uploaded.chrome ? ': uploaded; submit it for review there' : ''}`,
    `  package: ${a.chromeZip}`,
    '  texts, justifications, data use: store/chrome/listing.md, store/permissions.md, store/chrome/data-use.md',
    '  images: store/images/icon-128.png, screenshot-*.png, promo-small-440x280.png',
    '',
    `Firefox Add-ons (https://addons.mozilla.org/developers/)${uploaded.firefox ? ': submitted with its source archive' : ''}`,
    `  package: ${a.firefoxZip}`,
    `  source code (asked for, since the code is bundled): ${a.sourceArchive}`,
    '  texts, data collection, privacy policy: store/firefox/listing.md, store/firefox/data-collection.md, PRIVACY.md',
    '  images: store/images/screenshot-*.png',
    '',
    'Edge Add-ons (https://partner.microsoft.com/dashboard/microsoftedge/)',
    `  package: ${a.chromeZip} (the Chromium package)`,
    '  texts: store/edge/listing.md; images: store/images/logo-300.png, screenshot-*.png, promo-small-440x280.png',
    '',
    'Reviewer notes for all three: store/reviewer-notes.md',
  ];
  if (a.crx)
    lines.push(
      '',
      'Self-hosted (force-install, README "Install"):',
      `  put ${a.crx.file} at ${a.crx.url}`,
      `  and ${a.crx.updateXml} beside it; policies name update.xml's URL as the update URL`,
    );
  return lines.join('\n');
}

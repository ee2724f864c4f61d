// Loads one of Entra's hand-written fixture pages (tests/fixtures/entra/) into the happy-dom
// document, with its shared _kit.js inlined and run (happy-dom does not run parsed scripts), at
// the URL of the frame (or the shell) it stands for.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { replaceDocument, setUrl } from '../../../helpers/content/load-console-page';

/** A blade's frame, as Entra's shell embeds it (core/hosts.ts ENTRA_FRAME_DOMAINS). */
export const FRAME_URL = 'https://sandbox-3.reactblade.portal.azure.net/Microsoft_AAD_IAM/ProvisioningBlade';
export const SHELL_URL =
  'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning/objectId/1/appId/2';

const read = (file: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../../fixtures/entra', file), 'utf8');

export function loadEntra(name: string, url = name === 'shell' ? SHELL_URL : FRAME_URL): void {
  setUrl(url);
  const html = read(`${name}.html`).replace(
    /<script src="(_[a-z]+\.js)"><\/script>/g,
    (_, file: string) => `<script>\n${read(file)}</script>`,
  );
  const body = replaceDocument(html);
  for (const script of Array.from(body.querySelectorAll('script'))) (0, eval)(script.textContent ?? '');
}

export const entraState = (): Record<string, unknown> =>
  (window as unknown as { fixtureState: () => Record<string, unknown> }).fixtureState();

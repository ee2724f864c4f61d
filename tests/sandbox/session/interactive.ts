// The headed sandbox: the Trelica page open and ready to click, and what to do next printed
// in the terminal (the URLs work only inside this Chromium, which routes them to the sandbox).
import { IDP_NAMES, type IdpId } from '../../../src/core/idp/ids';
import type { E2EPage } from '../browsers/types';
import { pageUrl, type PAGES } from '../flows/walkthrough';
import type { Running } from './running';

/** The Chromium driver's page wraps a Playwright page; bring its tab to the front if it can. */
async function bringToFront(page: E2EPage): Promise<void> {
  const inner = (page as unknown as { page?: { bringToFront?: () => Promise<void> } }).page;
  await inner?.bringToFront?.();
}

export async function showInteractive(
  { sandbox, browser }: Running,
  say: (line?: string) => void,
  idp: IdpId = 'jumpcloud',
): Promise<void> {
  if (idp !== 'jumpcloud') return showRuntimeIdp({ sandbox, browser }, say, IDP_NAMES[idp], NEXT_STEPS[idp](sandbox));
  const url = (which: keyof typeof PAGES) => pageUrl(sandbox, which);
  const trelica = await browser.openPage(url('trelicaScim'));
  // The Domains page tells the extension which domains accept new users: it suggests the test email from them.
  await browser.openPage(url('trelicaDomains'));
  await browser.openPage(url('jumpcloud'));
  await bringToFront(trelica);
  say();
  say('The sandbox is up. Everything below is served from this machine; nothing reaches the internet.');
  say(`  Trelica-like SCIM server: ${sandbox.shownBaseUrl()} (token shown on the Trelica page)`);
  say('In the Chromium window:');
  say(`  1. Trelica tab (${url('trelicaScim')}): click "Send to the extension".`);
  say(`  2. JumpCloud tab (${url('jumpcloud')}): click "Fill from Trelica",`);
  say('     then "Test Connection"; when the Group Management warning appears, click "Turn off Group Management".');
  say('  3. Extension popup (puzzle-piece icon > SCIM Setup Assistant, or open this address in a tab):');
  say(`     ${browser.extension.popupUrl}`);
  say('     click "Test connection", then "Rehearse activation", and tick the steps done by hand.');
  say(`  The Trelica Domains tab (${url('trelicaDomains')}) is where the extension learns which`);
  say('  domains accept new users, to suggest a test email.');
}

/** What to do on the IdP's own pages, after the popup's choice and the capture (steps 3 and 4). */
const NEXT_STEPS: Readonly<Record<Exclude<IdpId, 'jumpcloud'>, (sandbox: Running['sandbox']) => string[]>> = {
  okta: (sandbox) => [
    `  3. Okta tab (open ${sandbox.oktaUrl()}): click "Fill from Trelica", untick Push Groups with the`,
    '     extension\'s button, click "Test Connector Configuration", Save; then To App > Edit.',
    '  4. Popup: "Test connection", then "Rehearse assignment", and tick the steps done by hand.',
  ],
  entra: (sandbox) => [
    `  3. Entra tab (open ${sandbox.entraUrl('classic')}): in the Provisioning blade click "Fill from`,
    '     Trelica", then "Test Connection" (the notification shows top right); under Mappings open',
    '     "Provision Microsoft Entra ID Groups", "Set Enabled to No", Save; Settings > Provisioning Status On, Save.',
    '  4. Popup: "Test connection", then "Rehearse provisioning".',
    `  5. The newer UI (open ${sandbox.entraUrl('new')}): "Fill from Trelica", "Test connection", Create;`,
    '     then "Provision on demand" for a user, and tick the steps done by hand.',
  ],
};

/** The headed sandbox for an IdP whose hosts are granted at run time: Trelica open, and what to do. */
async function showRuntimeIdp(
  { sandbox, browser }: Running,
  say: (line?: string) => void,
  name: string,
  next: string[],
): Promise<void> {
  const trelica = await browser.openPage(pageUrl(sandbox, 'trelicaScim'));
  await browser.openPage(pageUrl(sandbox, 'trelicaDomains'));
  await bringToFront(trelica);
  say();
  say('The sandbox is up. Everything below is served from this machine; nothing reaches the internet.');
  say(`  Trelica-like SCIM server: ${sandbox.shownBaseUrl()} (token shown on the Trelica page)`);
  say('In the Chromium window:');
  say(`  1. Extension popup (${browser.extension.popupUrl}): choose Identity provider "${name}",`);
  say(`     then click "Allow access to ${name}" and allow it in the browser's prompt.`);
  say('  2. Trelica tab: click "Send to the extension" to capture the Base URL and token.');
  for (const line of next) say(line);
}

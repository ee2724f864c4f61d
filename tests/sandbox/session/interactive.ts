// The headed sandbox: the Trelica page open and ready to click, and what to do next printed
// in the terminal (the URLs work only inside this Chromium, which routes them to the sandbox).
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
  idp: 'jumpcloud' | 'okta' = 'jumpcloud',
): Promise<void> {
  if (idp === 'okta') return showOkta({ sandbox, browser }, say);
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

/** The headed sandbox for Okta: Trelica and the Okta app page open, and what to do. */
async function showOkta({ sandbox, browser }: Running, say: (line?: string) => void): Promise<void> {
  const trelica = await browser.openPage(pageUrl(sandbox, 'trelicaScim'));
  await browser.openPage(pageUrl(sandbox, 'trelicaDomains'));
  await bringToFront(trelica);
  say();
  say('The sandbox is up. Everything below is served from this machine; nothing reaches the internet.');
  say(`  Trelica-like SCIM server: ${sandbox.shownBaseUrl()} (token shown on the Trelica page)`);
  say('In the Chromium window:');
  say(`  1. Extension popup (${browser.extension.popupUrl}): choose Identity provider "Okta",`);
  say('     then click "Allow access to Okta" and allow it in the browser\'s prompt.');
  say('  2. Trelica tab: click "Send to the extension" to capture the Base URL and token.');
  say(`  3. Okta tab (open ${sandbox.oktaUrl()}): click "Fill from Trelica", untick Push Groups with the`);
  say('     extension\'s button, click "Test Connector Configuration", Save; then To App > Edit.');
  say('  4. Popup: "Test connection", then "Rehearse assignment", and tick the steps done by hand.');
}

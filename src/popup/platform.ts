// The popup's only door to browser APIs besides send(): small, so components stay testable
// (tests mock this module) and so the popup never holds a generic fetch.
import browser from 'webextension-polyfill';
import { HOST_PERMISSION_PATTERNS } from '../core/hosts';

/** Whether the browser grants every one of these host patterns. */
async function granted(patterns: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...patterns] });
  } catch {
    return false;
  }
}

/** Whether the browser lets the extension use every Trelica and JumpCloud origin. */
export const hasHostAccess = (): Promise<boolean> => granted(HOST_PERMISSION_PATTERNS);

/** Whether the browser has granted an IdP's console hosts (asked for at run time: Okta's). */
export const hasIdpAccess = (patterns: readonly string[]): Promise<boolean> => granted(patterns);

/**
 * Asks the browser for the hosts. Call it synchronously inside the click handler, with no await
 * before it: browsers grant permission requests only during a user gesture.
 */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: [...HOST_PERMISSION_PATTERNS] });
}

/** Asks for an IdP's console hosts (its optional_host_permissions): as requestHostAccess, inside the click. */
export function requestIdpAccess(patterns: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...patterns] });
}

/** Opens a page in a new tab (tabs.create needs no "tabs" permission). */
export function openTab(url: string): void {
  void browser.tabs.create({ url });
}

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/**
 * The privacy policy (PRIVACY.md) beside the project's home page. The home page comes from
 * package.json through the built manifest's homepage_url: one home for the address.
 */
export function privacyPolicyUrl(): string | null {
  const home = browser.runtime.getManifest().homepage_url;
  return home ? `${home.replace(/\/+$/, '')}/blob/main/PRIVACY.md` : null;
}

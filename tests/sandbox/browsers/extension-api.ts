// The extension API as seen inside ExtensionHandle.evaluate and in extension pages: `chrome.*`
// in promise style, which both Chromium (MV3) and Firefox provide. A test file that evaluates
// its own functions there declares it locally: `declare const chrome: ExtensionApi;`
import type browser from 'webextension-polyfill';

export type ExtensionApi = typeof browser;
export type StorageArea = 'local' | 'session' | 'sync';

declare const chrome: ExtensionApi;

type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** Storage helpers built on an extension-context evaluate, shared by both drivers. */
export function storageHelpers(evaluate: Evaluate) {
  return {
    getStorage: (area: StorageArea) =>
      evaluate((a: StorageArea) => chrome.storage[a].get(null) as Promise<Record<string, unknown>>, area),
    setStorage: (area: StorageArea, items: Record<string, unknown>) =>
      evaluate(([a, i]: [StorageArea, Record<string, unknown>]) => chrome.storage[a].set(i), [area, items]),
    clearStorage: (area: StorageArea) => evaluate((a: StorageArea) => chrome.storage[a].clear(), area),
  };
}

/** runtime.sendMessage as the popup sends it; `evaluateInPage` must run in an extension PAGE. */
export function sender(evaluateInPage: Evaluate) {
  return (message: unknown) =>
    evaluateInPage((m: unknown) => chrome.runtime.sendMessage(m) as Promise<unknown>, message);
}

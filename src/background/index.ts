// Placeholder until the router lands.
import browser from 'webextension-polyfill';

browser.runtime.onMessage.addListener(() => undefined);

// The e2e harness: import scenarios' needs from here.
export { describeInBrowsers, type E2E } from './suite';
export { launchBrowser, selectedBrowsers, DIST, ROOT } from './launch';
export { startSandbox, SANDBOX_HOSTS, type Sandbox, type SandboxRequest } from './sandbox';
export { saveScreenshot, screenshotPath, POPUP_VIEWPORT, RESULTS_DIR } from './screenshots';
export type { BackgroundControl } from './background';
export type { ExtensionApi, StorageArea } from './extension-api';
export { BROWSERS, type BrowserName, type BrowserOptions, type BrowserSession, type E2EPage, type ExtensionHandle, type Role } from './types';

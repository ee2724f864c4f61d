// The sandbox: local look-alikes of both consoles and a Trelica-like SCIM server on the real host
// names, the built extension in real Chromium and Firefox ESR, the admin's flow as steps, and
// what the commands run on it. The e2e tests and scripts/ import from here (README.md).

// Where things are.
export { BUILD_ARGS, DIST, RESULTS_DIR, ROOT } from './paths';

// The Trelica-like SCIM server (also alone: scim-server/index.ts, which the integration tests use).
export * from './scim-server';

// The HTTPS server on 127.0.0.1 that answers for the real host names, and Firefox's way to it.
export { LOOKALIKE_HOSTS, startSandbox, SANDBOX_HOSTS, type Sandbox, type SandboxRequest } from './server/sandbox';
export { ODD_PORT, startConnectProxy, type ConnectProxy } from './server/proxy';
// Microsoft Entra's hosts in the sandbox: the shell's (sandbox.entraUrl()) and the blade frame's
// (page.frame(ENTRA_FRAME_HOST)), the blade pages, and what a blade's React state holds.
export {
  ENTRA_FRAME_HOST,
  ENTRA_PAGES,
  ENTRA_SHELL_HOSTS,
  type EntraFixtureState,
  type EntraPage,
} from '../fixtures/libraries/index';

// The browsers: which ones, where they are, and one surface (E2EPage, BrowserSession) over both drivers.
export { launchBrowser, selectedBrowsers } from './browsers/launch';
export { QUIET_CHROMIUM_FLAGS } from './browsers/chromium';
export {
  chromiumPath,
  findChromium,
  firefoxPath,
  locateChromium,
  type ChromiumFound,
  type ChromiumLookup,
} from './browsers/find-browsers';
export { ensureBrowsers } from './browsers/install-browsers';
export { saveScreenshot, screenshotPath, POPUP_VIEWPORT } from './browsers/screenshots';
export { poll } from './browsers/poll';
export {
  applyManagedPolicy,
  cannotApply,
  removeLeftoverPolicies,
  unpackedExtensionId,
} from './browsers/managed-policy';
export type { BackgroundControl } from './browsers/background';
// A crash: the browser's processes as /proc shows them (BrowserSession.crash() kills them).
export { stillRunning } from './browsers/processes';
export type { ExtensionApi, StorageArea } from './browsers/extension-api';
export {
  BROWSERS,
  type BrowserName,
  type BrowserOptions,
  type BrowserSession,
  type E2EFrame,
  type E2EPage,
  type ExtensionHandle,
  type LaunchOptions,
  type Role,
} from './browsers/types';

// The admin's flow as steps (shared by the e2e scenarios and the walkthrough), and the walkthrough.
export * from './flows/steps';
export {
  DEMO_DOMAINS,
  PAGE_VIEWPORT,
  PAGES,
  pageUrl,
  runWalkthrough,
  STEPS,
  WalkthroughFailure,
  type Shot,
} from './flows/walkthrough';
export * from './flows/okta-steps';
export { OKTA_STEPS } from './flows/okta-walkthrough';
export * from './flows/entra-steps';
export { ENTRA_STEPS, ENTRA_TEST_EMAIL } from './flows/entra-walkthrough';

// What `npm start`, `npm run docs:screenshots`, `npm run bench` and `npm run scim-server` run on:
// one shutdown, the sandbox and Chromium started under it, the headed session's guide.
export { createShutdown, stopOnSignals, type Shutdown, type SignalOptions } from './session/shutdown';
export { runProgram, Stop, type Program } from './session/program';
export { buildExtension, prepare, startRunning, walkHeadless, type Running } from './session/running';
export { showInteractive } from './session/interactive';

// The bench.
export { runBench, type BenchOptions } from './bench/run';
export { toMarkdown, type BenchResults, type SizeRow } from './bench/report';
export { parsePages, parseRuns } from './bench/stats';

// The vitest side of the sandbox (tests/sandbox/), for e2e test files only. Writes a scenario
// once and runs it in every browser: `describeInBrowsers` opens one
// describe block per browser, each with one browser launch (beforeAll) shared by its tests,
// and one sandbox (HTTPS server + SCIM server) shared by the whole file.
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  launchBrowser,
  saveScreenshot,
  selectedBrowsers,
  startSandbox,
  type BrowserName,
  type BrowserOptions,
  type BrowserSession,
  type E2EPage,
  type Sandbox,
} from '../sandbox';

export interface E2E {
  readonly name: BrowserName;
  /** The browser with the extension loaded; available inside tests and hooks, not at collection. */
  readonly browser: BrowserSession;
  readonly sandbox: Sandbox;
  /** Saves test-results/e2e/<browser>/<name>.png and returns its path. */
  screenshot(page: E2EPage, name: string, options?: { fullPage?: boolean }): Promise<string>;
}

// scimmy's configuration is process-wide: one sandbox per test file (vitest isolates files).
let sharedSandbox: Promise<Sandbox> | undefined;

function sandbox(): Promise<Sandbox> {
  sharedSandbox ??= startSandbox();
  return sharedSandbox;
}

/**
 * Call at the top level of a test file. `body` registers the tests (it, beforeEach...) and
 * runs once per browser; the browsers run one after the other, never together.
 */
export function describeInBrowsers(
  title: string,
  body: (e2e: E2E) => void,
  { only, ...options }: BrowserOptions & { only?: readonly BrowserName[] } = {},
): void {
  afterAll(async () => {
    const running = sharedSandbox;
    sharedSandbox = undefined;
    await (await running)?.close();
  });

  const browsers = selectedBrowsers().filter((b) => !only || only.includes(b));
  if (browsers.length === 0) {
    // A file for browsers not selected (E2E_BROWSERS) reports itself skipped, not empty.
    describe.skip(`${title} [${only?.join(', ')} only]`, () =>
      it.skip('not run in the selected browsers', () => undefined));
    return;
  }
  describe.each(browsers)(`${title} [%s]`, (name) => {
    let session: BrowserSession | undefined;
    let box: Sandbox | undefined;
    beforeAll(async () => {
      box = await sandbox();
      session = await launchBrowser(name, box, options);
    });
    afterAll(async () => {
      await session?.close();
      session = undefined;
    });

    const ready = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
      return value;
    };
    body({
      name,
      get browser() {
        return ready(session, `The ${name} session`);
      },
      get sandbox() {
        return ready(box, 'The sandbox');
      },
      screenshot: (page, shot, options) => saveScreenshot(page, name, shot, options),
    });
  });
}

// `npm start -- --headless` (and the README pictures) walk through the whole setup with the
// scenario steps (tests/sandbox/flows/walkthrough.ts). This runs that same walkthrough on the
// suite's build, in Chromium (the browser `npm start` uses), so a change that breaks it fails
// here rather than in a user's terminal. The CLI around it (build, Chromium discovery, Ctrl-C)
// is covered by unit tests and was checked by hand (see scripts/start.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_DOMAINS,
  launchBrowser,
  runWalkthrough,
  selectedBrowsers,
  startSandbox,
  STEPS,
  type BrowserSession,
  type Sandbox,
} from '../sandbox';

describe.runIf(selectedBrowsers().includes('chromium'))('npm start walkthrough [chromium]', () => {
  let sandbox: Sandbox | undefined;
  let browser: BrowserSession | undefined;
  let outDir = '';

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'walkthrough-test-'));
    sandbox = await startSandbox({ domains: [...DEMO_DOMAINS] });
    browser = await launchBrowser('chromium', sandbox);
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('passes every step, one numbered PNG each, and leaves no user in Trelica', async () => {
    const shots = await runWalkthrough({ sandbox: sandbox!, browser: browser! }, { outDir });
    expect(shots.map((s) => s.slug)).toEqual(STEPS.map((s) => s.slug));
    expect(shots.map((s) => s.path)).toEqual(
      STEPS.map((s, i) => join(outDir, `${String(i + 1).padStart(2, '0')}-${s.slug}.png`)),
    );
    for (const shot of shots) {
      const png = await readFile(shot.path);
      expect(png.subarray(1, 4).toString(), shot.path).toBe('PNG');
      expect(png.length, shot.path).toBeGreaterThan(5_000); // a picture, not a blank page
    }
    // The rehearsal created and deleted its user, and nothing else was created.
    expect(sandbox!.scim.users()).toEqual([]);
    expect(sandbox!.scim.requests().filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
